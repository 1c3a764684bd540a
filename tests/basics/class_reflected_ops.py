# reflected operators are tried when the left operand returns NotImplemented
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.n + o.n)
        if isinstance(o, int):
            return V(self.n + o)
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return V(o + self.n)
    def __mul__(self, o):
        return V(self.n * o)
    def __rmul__(self, o):
        return V(o * self.n * 10)
    def __sub__(self, o):
        return V(self.n - o)
    def __rsub__(self, o):
        return V(o - self.n)
print((V(1) + V(2)).n, (V(1) + 5).n, (5 + V(1)).n)
print((V(2) * 3).n, (3 * V(2)).n, (V(10) - 3).n, (3 - V(10)).n)
print(sum([V(1), V(2), V(3)]).n)
try:
    V(1) + 'x'
except TypeError:
    print('TypeError')
