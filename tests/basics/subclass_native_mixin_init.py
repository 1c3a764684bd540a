# a mixin's __init__ listed after a built-in base is still called


class Mixin:
    def __init__(self, *args):
        print("Mixin.__init__", args)
        self.tag = "mixed"


class T(tuple, Mixin):
    pass


t = T([1, 2])
print(len(t), t[1], t.tag)
print(T() == ())


class I(int, Mixin):
    pass


i = I(5)
print(i + 1, i.tag)


class S(str, Mixin):
    pass


s = S("ab")
print(s.upper(), s.tag)


class Plain(tuple):
    pass


print(len(Plain((1, 2, 3))))
