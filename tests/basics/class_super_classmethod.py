# super() inside classmethods, properties and with arguments
class A:
    @classmethod
    def create(cls):
        return 'A.create for ' + cls.__name__
    @property
    def name(self):
        return 'A-name'
    def hello(self, x):
        return 'A.hello ' + str(x)
class B(A):
    @classmethod
    def create(cls):
        return 'B wraps ' + super().create()
    def hello(self, x):
        return 'B.hello -> ' + super().hello(x * 2)
print(B.create(), B().create())
print(B().hello(5), B().name)
class C(B):
    def hello(self, x):
        return 'C -> ' + super(C, self).hello(x + 1)
print(C().hello(1))
