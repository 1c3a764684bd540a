# set() and frozenset() from iterables; equality and hashing
print(sorted(set('hello')), sorted(set([3, 1, 3])), set(), sorted(set(range(4))), sorted(set({'k': 1})))
f = frozenset([1, 2])
print(f == {1, 2}, {1, 2} == f, hash(f) == hash(frozenset([2, 1])), f | {3} == {1, 2, 3})
d = {f: 'frozen'}
print(d[frozenset((2, 1))])
print(type(f | {3}).__name__, type({3} | f).__name__)
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset())
