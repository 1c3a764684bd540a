# MicroPython's own array.array behaviour (differs from CPython): integer items wrap instead
# of raising OverflowError, raw initialisers round down, any buffer can be added or assigned
# when the item sizes agree, no step slices, no deletion, mismatched layouts don't compare.
from array import array


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(array("b", [200, -200, 2**70]), array("B", [-1, 256]), array("I", [-1, 2**40 + 3]))
print(array("q", [2**64 + 5]), array("Q", [-1]), array("i", [2**31]))
print(array("h", b"123"), array("i", b"\x01\x00\x00\x00\x02"))
print(array("i", [1]) + b"\x02\x00\x00\x00\x03", array("f", [1]) + b"\x00\x00\x80\x3f")
a = array("i", [1])
a.extend(b"\x02\x00\x00\x00")
a += [3]
print(a)
a = array("b", [1, 2, 3])
a[0:1] = bytearray(b"\x05\x06")
a[1:2] = b"\x07"
print(a)
a = array("O", [1, "x", None])
a.append(2.5)
print(a, a[1], len(a))
t(lambda: array("i", [1, 2, 3])[::2])
t(lambda: array("i", [1]).__class__)
a = array("i", [1, 2, 3])


def f():
    del a[0]


t(f)


def f():
    a[0:1] = [1]


t(f)


def f():
    a[0:1] = b"1234"


t(f)


def f():
    a[0:1] = array("h", [1, 2])


t(f)
t(lambda: array("h") == array("i"))
t(lambda: array("f") == array("f"))
t(lambda: array("h", [1]) < array("h", [2]))
t(lambda: array("i", [1]) * 2)
t(lambda: array("i", [1]) + [2])
t(lambda: 1 in array("i", [1]))
t(lambda: b"\x01" in array("b", [1]))
t(lambda: array("i", 5))
t(lambda: array(1))
t(lambda: memoryview(array("h", [1, 2]))[::2])
m = memoryview(array("h", [1, 2, 3]))
m[0] = 70000
print(m[0], list(m))
t(lambda: memoryview(array("h", [1])) == b"\x01\x00")
t(lambda: memoryview(b"ab") < b"ac")
t(lambda: bytearray(b"\x01\x00") == array("h", [1]))
t(lambda: bytearray(b"\x01\x00") == array("b", [1, 0]))
