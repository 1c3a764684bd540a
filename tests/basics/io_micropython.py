# MicroPython's io: StringIO counts bytes (UTF-8), extended write(), closed streams, errors, IOBase
import io

s = io.StringIO()
print(s.write('h\xe9'), s.tell(), s.getvalue())
s.seek(0)
print(s.read(1), s.tell(), s.read(1), s.tell())
s = io.StringIO('caf\xe9!')
print(s.read(4), s.read())
print(repr(io.StringIO(5).getvalue()), io.StringIO(b'by').getvalue(), io.BytesIO('st').getvalue())
print('io.StringIO' in repr(io.StringIO()), 'io.BytesIO' in repr(io.BytesIO()))

b = io.BytesIO()
b.write(b'foo', 2)
b.write(b'foobar', 1, 3)
b.write(b'foobar', 100, 100)
print(b.getvalue())

b = io.BytesIO(b'abc')
try:
    b.seek(-1)
except OSError as e:
    print('OSError', e.args[0])
print(b.seek(-10, 1), b.seek(-10, 2), b.seek(2, 2))

s = io.StringIO('x')
s.close()
for f in (s.read, s.getvalue, lambda: s.write('y'), s.readline):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(s.tell(), s.seek(0), s.close(), s.flush())

print(io.open is open, io.IOBase, io.StringIO, io.BytesIO)


class W(io.IOBase):
    def __init__(self):
        self.data = []

    def write(self, buf):
        self.data.append(buf)
        return len(buf)


w = W()
print(isinstance(w, io.IOBase), w.write('abc'), w.data)
