# bytes/bytearray find, index, count with a byte value; strip() of bytes returns the same object
b = b'a\x00b\xffa'
for x in (b, bytearray(b)):
    print(x.find(97), x.rfind(97), x.find(0), x.find(255), x.find(98, 3), x.index(255), x.rindex(97), x.count(97))
    print(x.find(97, 1, 4), x.rfind(97, 0, 4), x.find(99), x.find(b'b\xff'))
    for f in (lambda: x.find(-1), lambda: x.find(256), lambda: x.index(99)):
        try:
            print(f())
        except ValueError:
            print('ValueError')
print(b'0000'.find(b'0', True), b'0000'.find(b'0', -1), b'0000'.find(ord(b'0'), 5))
s = b'abc'
print(s.strip() is s, s.lstrip(b'x') is s, s.rstrip() is s, s.strip(b'a'))
ba = bytearray(b'abc')
print(ba.strip() is ba, ba.strip() == ba, ba.rstrip(b'c'))
