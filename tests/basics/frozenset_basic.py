# frozenset
f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset() == frozenset(), frozenset([1]) == {1}, f == {1, 2, 3})
d = {f: 'frozen key'}
print(d[frozenset([3, 2, 1])])
print(sorted(f | {9}), sorted(f & {1, 5}), sorted(f - {1}))
print(type(f | {9}).__name__)
try:
    f.add(5)
except AttributeError:
    print('AttributeError no add')
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {frozenset([1]), frozenset([1])}
print(len(s))
print(f.issubset({1, 2, 3, 4}), f.union([0]) == {0, 1, 2, 3})
