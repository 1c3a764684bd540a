# callable() on many kinds of objects
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
class K:
    def __call__(self):
        pass
objs = [len, print, C, C(), C().m, C.m, C.s, K(), lambda: 0, 5, 'x', [], None, int, type, (x for x in [])]
print([callable(o) for o in objs])
