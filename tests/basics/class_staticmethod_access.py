# staticmethods and classmethods via class, instance and subclass
class A:
    tag = 'A'
    @staticmethod
    def s(x):
        return ('s', x)
    @classmethod
    def c(cls, x):
        return (cls.tag, x)
class B(A):
    tag = 'B'
print(A.s(1), A().s(2), B.s(3), A.c(4), B.c(5), B().c(6))
f = A.s
g = B.c
print(f(7), g(8))
