# bound methods, unbound functions, and methods stored on instances
class C:
    def m(self, x):
        return ('m', x)
c = C()
bm = c.m
print(bm(1), C.m(c, 2), bm(5) == c.m(5))
c.m = lambda x: ('instance', x)
print(c.m(3), C.m(c, 4))
def outside(self):
    return 'outside'
C.o = outside
print(C().o())
print(callable(bm), callable(C.m))
