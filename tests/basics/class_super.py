# super() in methods and __init__
class Base:
    def __init__(self, v):
        self.v = v
        print('Base.__init__', v)
    def describe(self):
        return 'base(%s)' % self.v
    @classmethod
    def make(cls):
        return cls(0)
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
        print('Child.__init__', w)
    def describe(self):
        return 'child<' + super().describe() + '>'
class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)
    def describe(self):
        return 'grand[' + super().describe() + ']'
    @classmethod
    def make(cls):
        print('GrandChild.make')
        return super().make
g = GrandChild()
print(g.describe(), g.v, g.w)
c = Child(5, 6)
print(super(Child, c).describe())
print(Child.make is not None)
class S(Base):
    def __init__(self):
        super(S, self).__init__('explicit')
S()
