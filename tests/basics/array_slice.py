# array.array slices (step 1) and slice assignment from arrays
from array import array

a = array("i", range(6))
print(a[1:3], a[:], a[4:], a[-2:], a[5:1], type(a[1:2]).__name__)
a[1:3] = array("i", [10, 20, 30])
print(a)
a[0:2] = array("i")
print(a)
a[len(a):] = array("i", [99])
print(a)
a[1:] = a[:2]
print(a)
b = array("b", [1, 2, 3])
b[0:1] = array("b", [5, 6])
print(b)
c = array("d", [1.0, 2.0])
c[:] = array("d", [3.5])
print(c)
