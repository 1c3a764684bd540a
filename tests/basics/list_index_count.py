# list.index with start/stop and list.count with mixed types
l = [1, 'a', 2.0, 'a', [1], 1, True]
print(l.index('a'), l.index('a', 2), l.index(1, 1), l.index([1]), l.count('a'), l.count(1), l.count([1]))
print(l.index(2), l.index('a', -5))
try:
    l.index('a', 4)
except ValueError:
    print('ValueError')
try:
    l.index('z', 0, 3)
except ValueError:
    print('ValueError')
