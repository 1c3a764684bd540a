# extended unpacking with a starred target
a, *b = [1, 2, 3]
print(a, b)
*a, b = [1, 2, 3]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = 'hey'
print(a)
first, *middle, last = 'abcdef'
print(first, middle, last)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for h, *t in ['ab', 'cde']:
    print(h, t)
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError too few for starred')
print(type(b).__name__)
