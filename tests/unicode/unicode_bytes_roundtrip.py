# building strings from bytes and back
parts = [b'\xe6\x97\xa5', b'\xe6\x9c\xac']
s = b''.join(parts).decode()
print(s, len(s), len(b''.join(parts)))
print(list(s.encode()))
print(bytearray('\u20ac', 'utf-8'))
print(str(bytearray(b'\xc3\xa9'), 'utf-8'))
