# array.array: construction, indexing, iteration, append/extend, + and +=, repr
from array import array

for code, init in (("b", [1, -2, 127]), ("B", [0, 255]), ("h", [-300, 300]), ("H", [65535]),
                   ("i", [-(2**31), 2**31 - 1]), ("I", [2**32 - 1]), ("l", [-5]), ("L", [7]),
                   ("q", [-(2**63), 2**63 - 1]), ("Q", [2**64 - 1, 0])):
    a = array(code, init)
    print(code, a, len(a), a[0], a[-1], list(a))

print(array("i"), len(array("d")), bool(array("i")), bool(array("i", [0])))
print(array("d", [1.5, -2.25]), array("f", [0.5]))
print(array("i", range(5)), array("h", (1, 2)), array("i", (x * x for x in range(4))))
print(array("H", array("b", [1, 2])), array("d", array("i", [3])))
print(array("b", [True, False]))

a = array("i", [1, 2])
a.append(3)
a.extend([4, 5])
a.extend(x for x in (6,))
a.extend(array("i", [7]))
print(a, len(a))
a += array("i", [8])
print(a)
b = a + array("i", [9])
print(b, type(b).__name__, a is not b)

a[0] = 100
a[-1] = -8
print(a, a[0], a[-1])
for x in array("h", [5, -5]):
    print(x)

for bad in (lambda: a[100], lambda: a[-100]):
    try:
        bad()
    except IndexError:
        print("IndexError")
try:
    array("X")
except ValueError:
    print("ValueError")
try:
    array("i", [1.5])
except TypeError:
    print("TypeError")
try:
    array("i").append("x")
except TypeError:
    print("TypeError")
