# int.to_bytes and int.from_bytes
for n in (0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 40 + 3):
    b = n.to_bytes(8, 'big')
    l = n.to_bytes(8, 'little')
    print(n, b, l, int.from_bytes(b, 'big') == n, int.from_bytes(l, 'little') == n)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\xff' * 12, 'big'))
print((1).to_bytes(1, 'big'), (300).to_bytes(2, 'little'))
