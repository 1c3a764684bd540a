# memoryview over bytes and bytearray
b = bytearray(b'hello')
m = memoryview(b)
print(len(m), m[0], bytes(m[1:3]), list(m[:2]))
m[0] = 72
print(b)
mv = memoryview(b'abc')
print(bytes(mv), mv[2])
try:
    mv[0] = 1
except TypeError:
    print('TypeError read-only memoryview')
print(bytes(memoryview(b)[1:]))
