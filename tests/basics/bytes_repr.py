# repr of bytes picks escapes and quotes
print(repr(b''), repr(b'abc'), repr(b'\x00\x01\x7f\x80\xff'))
print(repr(b'\n\r\t\\'), repr(b"it's"), repr(b'say "hi"'))
print(repr(bytes(range(30, 40))))
print(bytearray(b'x\x00'), repr(bytearray()))
