# super().__init__ with arguments along a single-inheritance chain
class A:
    def __init__(self, a):
        self.a = a
        print('A init', a)
class B(A):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
        print('B init', b)
class C(B):
    def __init__(self):
        super().__init__(1, 2)
        print('C init')
c = C()
print(c.a, c.b)
class D(A):
    pass
print(D(5).a)
