# collections.OrderedDict: insertion order, dict methods, order-sensitive equality
from collections import OrderedDict

d = OrderedDict()
d['z'] = 1
d['a'] = 2
d[5] = 3
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(len(d), 'a' in d, 'q' in d, d['z'], d.get('q', 0))
del d['a']
d['a'] = 4
print(list(d.items()))
print(d.pop('z'), list(d))
print(d.popitem(), list(d))
d.update([('k', 1), ('j', 2)])
d.setdefault('m', 3)
print(list(d.items()))
print(isinstance(d, dict), type(d).__name__)
c = d.copy()
print(type(c).__name__, list(c.items()), c == d)

a = OrderedDict([('a', 1), ('b', 2)])
b = OrderedDict([('b', 2), ('a', 1)])
print(a == b, a != b, dict(a) == dict(b))
print(a == OrderedDict(a=1, b=2))
print(OrderedDict(a=1, b=2) == OrderedDict(a=1, b=3))
print(list(OrderedDict(zip('cba', range(3))).items()))

# as a class namespace
A = type('A', (), OrderedDict(p=1, q=2))
print(A.p, A.q)
