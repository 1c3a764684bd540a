# __new__ customisation
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
a = Single()
b = Single()
print(a is b)
class Pos:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = abs(v)
        return o
    def __init__(self, v):
        print('init with', v, 'stored', self.v)
Pos(-3)
class Other:
    def __new__(cls):
        return 42
print(Other())
