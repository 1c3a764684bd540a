# __set_name__ runs for every descriptor in the class body, even ones that an earlier
# __set_name__ replaced or deleted from the class


class Replace:
    def __init__(self, other, value):
        self.other = other
        self.value = value

    def __set_name__(self, owner, name):
        print("set_name", name)
        setattr(owner, self.other, self.value)


class T1:
    a = Replace("b", 1)
    b = Replace("a", 2)


print(T1.a, T1.b)


class Delete:
    def __init__(self, other):
        self.other = other

    def __set_name__(self, owner, name):
        print("set_name", name)
        delattr(owner, self.other)


class T2:
    a = Delete("b")
    b = Delete("a")


print(hasattr(T2, "a"), hasattr(T2, "b"))


class Add:
    def __set_name__(self, owner, name):
        setattr(owner, name + "_extra", Add())


class T3:
    x = Add()


print(hasattr(T3, "x_extra"), hasattr(T3, "x_extra_extra"))
