# multiple inheritance without diamonds
class A:
    def a(self):
        return 'A.a'
    def who(self):
        return 'A'
class B:
    def b(self):
        return 'B.b'
    def who(self):
        return 'B'
class C(A, B):
    pass
class D(B, A):
    pass
c = C()
d = D()
print(c.a(), c.b(), c.who())
print(d.a(), d.b(), d.who())
print(isinstance(c, A), isinstance(c, B), issubclass(D, A))
class Mixin:
    def greet(self):
        return 'hello from ' + self.name()
class Named:
    def name(self):
        return 'Named'
class Both(Mixin, Named):
    pass
print(Both().greet())
class E(C):
    def who(self):
        return 'E>' + super().who()
print(E().who())
class F(A, B):
    def who(self):
        return 'F>' + B.who(self) + A.who(self)
print(F().who())
class Base1:
    def __init__(self):
        self.x = 1
class Base2:
    def setup(self):
        self.y = 2
class Multi(Base1, Base2):
    def __init__(self):
        Base1.__init__(self)
        self.setup()
m = Multi()
print(m.x, m.y)
