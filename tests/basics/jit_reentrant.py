# Hot code whose attribute lookups, hashes and comparisons run Python code themselves.
class Helper:
    def name(self):
        return "helper"
    def other(self, x):
        return x * 2
h = Helper()
class G:
    def __getattr__(self, n):
        h.other(1)
        h.name()
        return lambda *a: ("ga", n, h.name(), a)
class P:
    @property
    def meth(self):
        h.other(3)
        return lambda x: ("prop", x, h.name())
class HashK:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return h.other(self.v) % 7
    def __eq__(self, o):
        return h.other(1) == 2 and self.v == o.v
class BadEq:
    def __eq__(self, o):
        raise ValueError("eq")
    __hash__ = object.__hash__
def f(i, g, p, d):
    r = [g.foo(i), p.meth(i), d[HashK(3)], h.other(i)]
    try:
        BadEq() == i
    except ValueError as e:
        r.append(e.args)
    try:
        r.append(BadEq() in [1, 2])
    except ValueError as e:
        r.append(("in", e.args))
    return r
d = {HashK(3): "three"}
for i in range(2000):
    r = f(i, G(), P(), d)
print(r)
