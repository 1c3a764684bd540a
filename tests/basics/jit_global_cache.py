# Global and builtin lookups stay right when the names change under a running (and compiled) function.
import builtins

X = 1


def read_x():
    return X


def set_x(v):
    global X
    X = v


def use_len(s):
    return len(s)


total = 0
for i in range(3000):
    total += read_x()
    if i % 1000 == 999:
        set_x(X + 1)
print("total", total, X)

globals()["X"] = 100
print("via globals()", read_x())

del X
try:
    read_x()
except NameError as e:
    print("NameError")
X = 7
print("back", read_x())

print("builtin", use_len("abc"))
len = lambda s: 42  # a global now shadows the builtin
print("shadowed", use_len("abc"))
del len
print("unshadowed", use_len("abc"))

builtins.my_helper_value = 5


def read_builtin():
    return my_helper_value


acc = 0
for i in range(2000):
    acc += read_builtin()
    if i == 1000:
        builtins.my_helper_value = 6
print("builtins attr", acc)
del builtins.my_helper_value
try:
    read_builtin()
except NameError:
    print("NameError after del")


class Shape:
    def area(self):
        return 1


class Square(Shape):
    def area(self):
        return 4


class Circle(Shape):
    pass


def areas(items):
    s = 0
    for it in items:
        s += it.area()
    return s


items = [Shape(), Square(), Circle()] * 500
print("areas", areas(items))
Circle.area = lambda self: 9
print("areas after patch", areas(items))
sq = Square()
sq.area = lambda: 100
print("instance attr wins", areas([sq, Square()]))
