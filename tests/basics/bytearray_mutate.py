# bytearray mutation: item/slice assignment, append, extend, del
ba = bytearray(b'abcdef')
ba[0] = 65
ba[-1] = ord('F')
print(ba)
ba[1:3] = b'XYZ'
print(ba, len(ba))
ba[2:5] = b''
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([49, 50])
print(ba)
ba[0:1] = b''
ba[-2:] = b''
print(ba)
ba += b'+'
print(ba)
