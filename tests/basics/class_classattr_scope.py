# class body scope rules
x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def f(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().f())
class D:
    vals = [1, 2, 3]
    total = sum(vals)
    def m(self):
        return self.total
print(D.total, D().m())
def factory(n):
    class K:
        val = n
        def get(self):
            return n * 2
    return K
print(factory(3).val, factory(4)().get())
class E:
    a = 1
    a += 1
    del a
    b = 5
print(hasattr(E, 'a'), E.b)
