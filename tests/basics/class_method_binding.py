# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a = C(1)
b = C(2)
ga = a.get
print(ga(), C.get(b))
print([m() for m in (a.get, b.get)])
a.get = lambda: 'instance attr shadows'
print(a.get(), b.get())
f = C.get
print(f(a) if False else f(b))
class D:
    def m(self, *args, **kw):
        return type(self).__name__, args, sorted(kw.items())
print(D().m(1, 2, k=3))
bm = D().m
print(bm('x'))
print(a.get.__name__ if hasattr(a.get, '__name__') else 'lambda')
