# rich comparison methods
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __repr__(self):
        return 'v' + '.'.join(str(p) for p in self.parts)
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9), Ver(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Ver(1) < Ver(2), Ver(1) <= Ver(1), Ver(3) > Ver(2), Ver(2) >= Ver(3))
print(Ver(1) == Ver(1), Ver(1) != Ver(1))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print([o.v for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])])
print(OnlyLt(1) < OnlyLt(5))
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError:
    print('TypeError for unorderable')
x = NoCmp()
print(x == x, x == NoCmp(), x != NoCmp())
