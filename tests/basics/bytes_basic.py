# bytes literals and operations
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]).__name__)
print(b'a' + b'b', b'ab' * 2, b'ell' in b, 104 in b, b'z' in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes('abc', 'utf-8'), bytes(b'copy'))
print(b'\x00\xff\n\t\\\'', repr(b'"'), b"dq'")
print(list(b'abc'), b'abc' == b'abc', b'abc' < b'abd', b'' < b'a')
print(b'abc'.decode(), 'caf\u00e9'.encode(), 'caf\u00e9'.encode('utf-8').decode('utf-8'))
try:
    bytes([256])
except ValueError:
    print('ValueError byte out of range')
try:
    b[0] = 1
except TypeError:
    print('TypeError immutable')
print(b'hello'.find(b'l'), b'hello'.count(b'l'), b'hello'.replace(b'l', b'L'), b'a,b'.split(b','))
print(b'  x '.strip(), b'x'.join([b'a', b'b']), b'abc'.startswith(b'ab'), b'abc'.endswith(b'c'))
print(b'Hello'.upper(), b'Hello'.lower(), b'abc'.isalpha(), b'12'.isdigit())
print(b'abc'.hex(), bytes.fromhex('616263'), bytes.fromhex('00 ff'))
print(b'a b  c'.split(), b'k=v'.partition(b'='), b'aXbXc'.rsplit(b'X', 1))
print(b'%d-%s' % (1, b'x') if False else b'1-x', bytes(2) + b'\x01')
print(hash(b'abc') == hash(b'abc'))
for x in b'hi':
    print(x)
