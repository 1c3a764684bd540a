# unary special methods
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return 'abs called'
print((-N(3)).v, (+N(-4)).v, (~N(0)).v, abs(N(1)))
class Nothing:
    pass
try:
    -Nothing()
except TypeError:
    print('TypeError')
