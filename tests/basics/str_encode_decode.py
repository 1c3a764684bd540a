# str.encode and bytes.decode round trips
s = 'hello'
b = s.encode()
print(b, type(b) is bytes, b.decode(), b.decode('utf-8') == s)
print('caf\xe9'.encode(), 'caf\xe9'.encode('utf-8').decode())
print(len('\u20ac'.encode()), '\u20ac'.encode())
print(str(b'abc', 'utf-8'), bytes('abc', 'utf-8'))
try:
    b'\xff'.decode()
except UnicodeError:
    print('UnicodeError')
