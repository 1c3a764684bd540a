def deco(c):
    return c
@deco
class A:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
    @classmethod
    def c(cls):
        return cls
@a.b(1)
def f():
    pass
