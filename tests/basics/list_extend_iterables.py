# list.extend and += with various iterables
l = []
l.extend([1, 2])
l.extend((3,))
l.extend(range(4, 6))
l.extend('ab')
l.extend(x * 10 for x in (1, 2))
l.extend({7: 0})
l += [8]
l += (9,)
print(l)
l.extend(l)
print(len(l))
try:
    l.extend(5)
except TypeError:
    print('TypeError')
try:
    [] + (1,)
except TypeError:
    print('TypeError add')
