# collections.namedtuple: construction, attributes, tuple behaviour, subclasses
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(Point(y=5, x=3), Point(7, y=8))
print(p == (1, 2), (1, 2) == p, p != (2, 1), p < Point(1, 3))
print(isinstance(p, tuple), type(p).__name__, Point.__name__)
print(list(p), tuple(p), p + (3,), p * 2, p[:1])
print(hash(p) == hash((1, 2)))
x, y = p
print(x, y)
print('%d-%d' % p)
print(2 in p, 3 in p)
d = {p: 'a'}
print(d[(1, 2)])

# fields given as one string
P3 = namedtuple('P3', 'a b  c')
print(P3(1, 2, 3))
P4 = namedtuple('P4', ('one', 'two'))
print(P4('x', 'y').two)
E = namedtuple('E', [])
print(E(), len(E()))

# read-only
try:
    p.x = 10
except AttributeError:
    print('AttributeError')
try:
    p[0] = 10
except TypeError:
    print('TypeError')

# wrong arguments
for args, kw in (((1,), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'z': 2})):
    try:
        Point(*args, **kw)
    except TypeError:
        print('TypeError')
try:
    namedtuple('T', 1)
except TypeError:
    print('TypeError')


# a subclass with methods
class Vec(namedtuple('Vec', 'x y')):
    def length2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.length2(), v + Vec(1, 1), v.x, isinstance(v, tuple))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
