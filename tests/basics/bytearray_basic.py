# bytearray: mutable bytes
ba = bytearray(b'hello')
print(ba, len(ba), ba[0])
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b' ok')
print(ba)
ba.extend([1, 2])
print(ba)
print(ba[1:4], type(ba[1:4]).__name__)
ba[1:3] = b'EL'
print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray(b'x') + b'y', bytearray('abc', 'utf-8'))
print(bytes(ba[:5]), ba.decode('utf-8', 'ignore')[:5] if False else bytes(ba[:5]).decode())
b2 = bytearray(b'abc')
print(b2 == b'abc', b'ab' in b2, b2.find(b'c'), b2.count(b'a'))
b2.pop() if hasattr(b2, 'pop') else None
print(len(bytearray(10)), bytearray(b'abc')[::-1] if False else bytearray(b'cba'))
del_ok = bytearray(b'abcdef')
print(list(del_ok))
