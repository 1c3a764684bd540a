# user exception classes: attributes on the instance, args, __init__ changed after use, tracebacks
class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


for i in range(3):
    try:
        raise ParseError(i, "bad digit")
    except AppError as e:
        print(type(e).__name__, e.pos, e.args, str(e))

e = ParseError(7, "x")
e.extra = [1, 2]
print(e.pos, e.extra, e.args)
print(e.args is e.args, e.args == ("x",))
del e.extra
try:
    e.extra
except AttributeError:
    print("AttributeError")

# args replaced by a later __init__: the tuple follows
e.__init__(8, "y")
print(e.args, e.pos)

# __init__ added, replaced and removed after the class was first called
class E(Exception):
    pass


print(E(1, 2).args)


def init(self, a):
    Exception.__init__(self, a * 10)


E.__init__ = init
print(E(1).args)


def init2(self, a):
    Exception.__init__(self, a + 1)


E.__init__ = init2
print(E(1).args)
del E.__init__
print(E(1, 2).args)


# the same through a base class
class F(E):
    pass


print(F(3).args)
E.__init__ = init
print(F(3).args)

# __new__ added later
class G(Exception):
    pass


print(G(1).args)


def new(cls, *a):
    o = Exception.__new__(cls)
    o.tag = "new"
    return o


G.__new__ = staticmethod(new)
g = G(5)
print(g.tag)

# KeyError from a dict lookup and IndexError from a list: args
try:
    {}["k"]
except KeyError as e:
    print(e.args, len(e.args))
try:
    [][3]
except IndexError as e:
    print(e.args)
try:
    1 // 0
except ZeroDivisionError as e:
    print(len(e.args))


# args of an exception raised through several frames, and a re-raise
def deep(n):
    if n == 0:
        raise ValueError(n, "deep")
    return deep(n - 1)


try:
    try:
        deep(3)
    except ValueError:
        raise
except ValueError as e:
    print(e.args, e.args[1])
