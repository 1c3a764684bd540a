# memoryview slices share memory with the underlying bytearray
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(len(m), m[0], bytes(m[1:3]), list(m[4:]))
sub = m[2:5]
sub[0] = ord('X')
print(ba, bytes(sub))
m[0:2] = b'12'
print(ba)
print(bytes(memoryview(b'readonly')[4:]))
try:
    memoryview(b'ro')[0] = 1
except TypeError:
    print('TypeError')
