# iterating bytes and converting to and from lists/ints
b = bytes([72, 105])
for x in b:
    print(x, chr(x))
print(sum(b), max(b), min(b), sorted(b'cab'), list(reversed(b'abc')))
print(bytes(list(b'xyz')), b'xyz'[::1] if False else bytes(reversed(b'xyz')))
print(int.from_bytes(b, 'big'), int.from_bytes(b, 'little'))
