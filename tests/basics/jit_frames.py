# Hot code that reads its frame: globals() of another module's function, super(), sys.exc_info(), unbound locals.
import sys
ns = {"tag": "other"}
exec("def gf():\n    return globals()['tag'], tag\n", ns)
gf = ns["gf"]
tag = "main"
def mf():
    return globals()["tag"], tag
def both():
    return gf(), mf(), gf(), mf()
r = None
for i in range(2000):
    r = both()
print(r)
ns["tag"] = "other2"
print(both())

class A:
    def __init__(self, v):
        self.v = v
    def m(self):
        return "A.m%d" % self.v
class B(A):
    def __init__(self, v):
        super().__init__(v + 1)
    def m(self):
        s = super()
        return "B" + s.m() + super().m()
for i in range(2000):
    r = B(i).m()
print(r)

def kwonly(a, *, c=5):
    return a + c
def kwreq(a, *, c):
    return a + c
out = []
for i in range(2000):
    out = [kwonly(i), kwonly(i, c=1)]
    try:
        kwreq(i)
    except TypeError:
        out.append("TE")
print(out)

def exc_info_test(i):
    r = []
    try:
        raise KeyError(i)
    except KeyError:
        r.append(sys.exc_info()[0].__name__)
        r.append(sys.exc_info()[1].args)
    r.append(sys.exc_info()[0])
    return r
for i in range(2000):
    r = exc_info_test(i)
print(r)

def unbound(i):
    x = i
    del x
    try:
        return x
    except NameError:
        return "unbound"
for i in range(2000):
    r = unbound(i)
print(r)

def loc(i):
    a = i
    return sorted(locals().items()) if False else a
print([loc(i) for i in range(2000)][-1])
