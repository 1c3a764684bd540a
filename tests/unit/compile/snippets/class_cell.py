class A:
    def f(self):
        return __class__
    def g(self):
        return super().g()
class B:
    x = [i for i in range(3)]
    y = lambda self: self
