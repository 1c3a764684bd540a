# bytes indexing gives ints; slicing gives bytes
b = b'hello'
print(b[0], b[-1], b[1:3], b[:0], b[3:], b[-2:], type(b[0]).__name__, type(b[1:2]).__name__)
print(list(b), [x for x in b[::1]] if False else list(b[1:4]))
try:
    b[5]
except IndexError:
    print('IndexError')
try:
    b[0] = 1
except TypeError:
    print('TypeError')
print(104 in b, b'ell' in b, b'xyz' in b, 255 in b)
