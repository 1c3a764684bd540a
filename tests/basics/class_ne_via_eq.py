# != on instances: __ne__ if defined, else the negation of __eq__, else the reflected side


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("OnlyEq.__eq__")
        return isinstance(other, OnlyEq) and self.v == other.v


class OnlyNe:
    def __ne__(self, other):
        print("OnlyNe.__ne__")
        return "ne-result"


class Truthy:
    def __eq__(self, other):
        return 7


a = OnlyEq(1)
b = OnlyEq(1)
c = OnlyEq(2)
print(a != b)
print(a != c)
print(a != 5)
print(5 != a)
print(OnlyNe() != a)
print(a != OnlyNe())
print("x" != Truthy())
print(Truthy() != "x")
print(Truthy() == "x")
