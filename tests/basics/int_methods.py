# int methods: to_bytes, from_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff\xff\xff', 'big'))
print((255).to_bytes(1, 'big'), (0).to_bytes(3, 'big'))
print(int.from_bytes(bytes(range(12)), 'big'))
print((2 ** 70).to_bytes(10, 'big'))
