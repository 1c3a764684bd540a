# bytearray constructor forms and conversions
print(bytearray(), bytearray(4), bytearray([0, 127, 255]), bytearray(b'copy'), bytearray('s\xe9', 'utf-8'))
ba = bytearray(b'abc')
b = bytes(ba)
ba[0] = 120
print(b, ba, ba == b'xbc', b == bytearray(b'abc'))
print(list(bytearray(range(3))), bytearray(b'ab') + b'cd', type(bytearray(b'ab') + b'cd').__name__)
