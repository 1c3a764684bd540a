# object.__new__ makes bare instances of user classes only


class Foo:
    def __init__(self):
        print("__init__")
        self.x = 1


o = object.__new__(Foo)
print(isinstance(o, Foo), hasattr(o, "x"))
o.__init__()
print(o.x)

for arg in (int, list, str, 1, "x"):
    try:
        object.__new__(arg)
    except TypeError:
        print("TypeError")
