# io.StringIO and io.BytesIO: read, readline, write, seek, tell, getvalue, iteration, with
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'), s.tell())
print(repr(s.getvalue()), repr(s.read()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print([line for line in s])
s.seek(2)
s.write('LL')
print(repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(9), repr(s.read()))
print(s.seek(1), s.tell(), repr(s.read(2)))

s = io.StringIO('a\nbb\n\nccc')
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s = io.StringIO('abcdef')
print(repr(s.readline(2)), repr(s.readline(100)))
s = io.StringIO('abc')
s.write('XY')
print(repr(s.getvalue()), repr(s.read()))

with io.StringIO('ctx') as f:
    print(f.read())
try:
    f.read()
except ValueError:
    print('ValueError')

b = io.BytesIO(b'0123456789')
print(b.read(3), b.read(0), b.tell(), b.read(), b.read())
b.seek(4)
print(b.read(2), b.seek(0, 1), b.seek(-3, 2), b.read(), b.seek(-2, 1), b.read(1), b.seek(0, 2))
b.seek(0)
b.write(b'ab')
b.write(bytearray(b'cd'))
print(b.getvalue(), b.tell())
b.seek(12)
b.write(b'Z')
print(b.getvalue(), len(b.getvalue()))
b = io.BytesIO(b'one\ntwo\nthree')
print(b.readline(), list(b))
arr = bytearray(4)
b = io.BytesIO(b'xyz')
print(b.readinto(arr), arr, b.readinto(arr), arr)

# the source is never modified
src = bytearray(b'abc')
b = io.BytesIO(src)
b.write(b'Q')
print(src, b.getvalue())


# print to a StringIO
out = io.StringIO()
print('x', 1, [2], sep='|', file=out)
print(repr(out.getvalue()))


class Sub(io.StringIO):
    pass


t = Sub()
t.write('p\nq\n')
t.seek(0)
print(list(t))
