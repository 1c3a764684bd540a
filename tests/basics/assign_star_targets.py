# starred assignment targets in various positions
a, *b = [1, 2, 3]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[a, [b, *c]] = [0, [1, 2, 3]]
print(a, b, c)
for first, *others in ['abc', 'de']:
    print(first, others)
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError')
