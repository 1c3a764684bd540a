# MicroPython's codecs (utf-8 and ascii only), bytes search by value, and method self checks
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e.args[0] if e.args else "")
for enc in ('latin-1', 'utf-16', 'cp1252'):
    show(lambda: b'hello'.decode(enc))
    show(lambda: 'hello'.encode(enc))
show(lambda: str(b'x', 'iso-8859-1'))
show(lambda: bytes('x', 'latin1'))
show(lambda: b'0000'.find(256))
show(lambda: bytearray(b'00').index(-1))
show(lambda: b'\xff'.decode())
show(lambda: '\u4f60'.encode('ascii'))
show(lambda: str.lower(5))
show(lambda: str.find(b'a', 'a'))
show(lambda: bytes.lower('a'))
show(lambda: bytes.find(5, b'a'))
# an 'f' conversion too wide for MicroPython's float buffer becomes 'g'
print('%.2f' % 8.888e32, '{:.2f}'.format(8.888e32), '%f' % 1e30, '%.4f' % 1e28, '%.1f' % -1e31, '%.0f' % 1e32)
