# array.array as a buffer: bytes(), bytearray(), memoryview with the array's item size
from array import array

print(bytes(array("h", [1, -1])), bytearray(array("I", [0x01020304])))
print(bytes(array("q", [-1])), bytes(array("Q", [2**64 - 1])), bytes(array("d", [1.0])))
print(array("h", b"\x01\x00\x02\x00"), array("i", bytearray(4)))
print(b"ab" + array("b", [99]))

a = array("i", [1, 2, 3, 4])
m = memoryview(a)
print(len(m), m.itemsize, m[0], m[-1], list(m), list(m[1:3]))
m[2] = 60
print(a)
print(bytes(m[1:]), bytes(m), list(m))
m[0:2] = memoryview(array("i", [7, 8]))
print(a)
try:
    m[0:2] = memoryview(array("i", [7]))
except ValueError:
    print("ValueError")

for code in "bBhHiIlLqQfd":
    print(code, memoryview(array(code, [1])).itemsize, list(memoryview(array(code, [1, 2]))))

print(list(memoryview(array("b", [127, -128]))), list(memoryview(array("H", [65535]))))
print(list(memoryview(array("d", [1.5, -0.25]))))
a = array("I", range(6))
mv = memoryview(a)
mv[:-1] = mv[1:]
print(a)
print(array("i", [1, 2]) == array("i", [1, 2]), array("i", [1]) != array("i", [2]))
print(array("B", [1, 2]) < array("B", [1, 3]), array("H", [300]) > array("H", [2]))
print(array("i", [1]) == [1], array("i") == None)
