# staticmethod and classmethod
class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
class D(C):
    pass
print(C.add(1, 2), C().add(3, 4))
C.create(3)
print(C.count)
print(C.name(), D.name(), D().name())
print(type(D.create(1)[0]).__name__)
f = C.add
print(f(10, 20))
class E:
    def plain():
        return 'called via class'
print(E.plain())
