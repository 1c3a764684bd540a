# Class attributes that are callables but not functions, called as methods from hot code.
class Other:
    def bm(self, *a):
        return ("bm", len(a))
other = Other()
class T:
    pass
class A:
    f_abs = abs
    f_cls = T
    f_bound = other.bm
    f_lam = lambda *a: len(a)
def call(a, i):
    r = [a.f_abs(-i), type(a.f_cls()).__name__, a.f_bound(1), a.f_lam(1)]
    try:
        a.f_abs()
    except TypeError:
        r.append("TE")
    return r
a = A()
for i in range(2000):
    r = call(a, i)
print(r)
A.f_lam = abs
A.f_abs = lambda *a: ("lam", len(a))
for i in range(2000):
    try:
        r = call(a, i)
    except TypeError:
        r = "TE outer"
print(r)
