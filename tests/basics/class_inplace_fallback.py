# in-place operators fall back to the binary operator when __iadd__ is absent
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
n = Num(1)
m = n
n += 5
print(n.v, m.v, n is m)
class L:
    def __init__(self):
        self.data = [0]
c = L()
c.data += [1]
c.data[0] += 10
print(c.data)
