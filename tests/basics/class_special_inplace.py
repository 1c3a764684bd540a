# in-place operator methods and fallback to binary ops
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('__add__ used')
        return N(self.v + o)
a = Acc()
orig = a
a += 1
a += 2
a -= 1
print(a.items, a is orig)
n = N(1)
m = n
n += 5
print(n.v, m.v, n is m)
