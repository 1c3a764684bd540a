# exec() and eval() take their source from any object with the buffer protocol
import array
print(eval(b"1 + 1"), eval(bytearray(b"2 + 2")), eval(memoryview(b"3 + 3")))
print(eval(memoryview(b"(4 + 4) * 100")[1:6]))
print(eval(array.array("b", b"5 + 5")))
g = {}
exec(bytearray(b"x = 6\nprint(x * 7)"), g)
exec(memoryview(b"y = x + 1"), g)
print(g["y"])
exec(array.array("B", [112, 114, 105, 110, 116, 40, 56, 41]))
s = bytearray(b"z = 9")
exec(s, g)
s[4] = ord("0")
exec(s, g)
print(g["z"])
for bad in (5, None, [1]):
    try:
        exec(bad)
    except TypeError:
        print("TypeError")
