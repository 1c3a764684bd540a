# sets: construction, membership, operators
s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s, 5 not in s)
print(sorted(set('hello')), set(), sorted(set([1, 1, 2])), sorted(set(range(4))))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= a, {1} <= a, {1} < a, a < a, a >= {2}, a > {2, 9})
print({1, 2} == {2, 1}, {1} != {1}, set() == set(), {1, 2} == [1, 2])
try:
    {[]}
except TypeError:
    print('TypeError unhashable')
print({1, 1.0, True} == {1}, len({1, 1.0}))
c = set(a)
c |= {10}
c &= {1, 10, 20}
print(sorted(c))
c -= {1}
c ^= {5, 10}
print(sorted(c))
print(type({1}).__name__, type(set()).__name__)
