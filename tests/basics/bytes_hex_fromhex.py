# bytes.hex and bytes.fromhex
print(b'\x00\x0f\xff'.hex(), b''.hex(), bytearray(b'\x12\x34').hex())
print(bytes.fromhex('00ff10'), bytes.fromhex(''), bytes.fromhex('aBcD'))
print(bytes.fromhex(b'\x01\x02'.hex()) == b'\x01\x02')
try:
    bytes.fromhex('abc')
except ValueError:
    print('ValueError')
try:
    bytes.fromhex('zz')
except ValueError:
    print('ValueError')
