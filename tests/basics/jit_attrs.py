# Attribute loads, stores and method calls in hot code while classes and instances change.


class A:
    cls_attr = "A.cls"

    def __init__(self, v):
        self.v = v

    def m(self):
        return "A.m"

    def get(self):
        return self.v


class B(A):
    def m2(self):
        return "B.m2"


class P:
    def __init__(self):
        self._x = 0

    @property
    def x(self):
        return ("prop", self._x)

    @x.setter
    def x(self, v):
        self._x = v * 2


class GA:
    def __getattr__(self, name):
        return "getattr:" + name


class SA:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, v):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, v)


def read_attrs(o):
    return (o.cls_attr, o.v, o.m(), o.get())


def call_m(o):
    return o.m()


def store_x(o, v):
    o.x = v
    return o.x


def store_plain(o, v):
    o.y = v
    o.z = o.y + 1
    return o.y, o.z


def getattr_obj(o):
    return o.foo, o.bar


def store_sa(o, i):
    o.a = i
    o.b = i + 1
    return o.a + o.b


def run(f, *args):
    r = None
    for _ in range(1500):
        r = f(*args)
    return r


a = A(1)
b = B(2)
print(run(read_attrs, a), run(read_attrs, b))

# an instance attribute shadows a class attribute and then a method
a.cls_attr = "a.own"
print(run(read_attrs, a))
a.m = lambda: "a.own_m"
print(run(call_m, a), run(call_m, b))
del a.m
print(run(call_m, a))

# a method replaced on the class after the call site is cached
A.m = lambda self: "A.m new"
print(run(call_m, a), run(call_m, b))
# ... on the subclass only
B.m = lambda self: "B.m"
print(run(call_m, a), run(call_m, b))
del B.m
print(run(call_m, a), run(call_m, b))
A.cls_attr = "A.cls new"
print(run(read_attrs, b))

# several classes at one site
class C:
    def m(self):
        return "C.m"


class D:
    m = staticmethod(lambda: "D.static")


class E:
    @classmethod
    def m(cls):
        return "E.cls " + cls.__name__


class F(E):
    pass


objs = [a, b, C(), D(), E(), F(), A(5)]


def poly():
    return [call_m(o) for o in objs]


print(run(poly))

# properties
p = P()
print(run(store_x, p, 3))
# plain stores, then a property appears on the class
q = P()
print(run(store_plain, q, 1))
P.y = property(lambda self: "y prop", lambda self, v: None)
try:
    print(run(store_plain, P(), 2))
except Exception as e:
    print(type(e).__name__)
P.y = property(lambda self: 10, lambda self, v: None)
print(run(store_plain, P(), 2))
del P.y
print(run(store_plain, P(), 4))

# __getattr__ and __setattr__
g = GA()
print(run(getattr_obj, g))
g.foo = "own"
print(run(getattr_obj, g))
s = SA()
print(run(store_sa, s, 3), len(s.log), s.log[:4])

# __dict__ used, then attributes again
o = A(7)
run(store_plain, o, 1)
d = o.__dict__
d["y"] = 100
print(o.y, run(read_attrs, o))
print(run(store_plain, o, 9), sorted(d))

# a method added to a base class later; an instance attribute holding a function
class Base:
    pass


class Sub(Base):
    pass


def call_late(o):
    try:
        return o.late()
    except AttributeError:
        return "no late"


s = Sub()
print(run(call_late, s))
Base.late = lambda self: "late"
print(run(call_late, s))
s.late = lambda: "own late"
print(run(call_late, s))


# methods of built-in types, and a list subclass overriding one
class ML(list):
    def append(self, x):
        list.append(self, x * 2)


def appender(l, x):
    l.append(x)
    return l[-1]


print(run(appender, [], 1), run(appender, ML(), 1))


def callers(lst):
    r = []
    for o in lst:
        r.append(appender(o, 3))
    return r


print(run(callers, [[], ML(), [], ML()]))

# delete attributes
def del_attr(o):
    o.t = 1
    del o.t
    try:
        o.t
    except AttributeError:
        return "deleted"


print(run(del_attr, A(1)))
