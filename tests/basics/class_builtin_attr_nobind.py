# built-in functions and types stored as class attributes don't bind self


class C:
    absolute = abs
    length = len
    conv = int
    mk = list

    def meth(self, x):
        return ("meth", x)


c = C()
print(c.absolute(-3))
print(c.length("abcd"))
print(c.conv("12"))
print(c.mk((1, 2)))
f = c.absolute
print(f(-7))
print(C.absolute(-8))
print(c.meth(1))


class D(C):
    pass


print(D().absolute(-9))
print(D().length([1, 2]))
