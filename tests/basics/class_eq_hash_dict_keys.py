# custom __eq__/__hash__ make instances usable as dict keys
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): 'x'}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
    print('hashable')
except TypeError:
    print('TypeError unhashable')
class Default:
    pass
x = Default()
print(x == x, x != Default(), {x: 1}[x])
