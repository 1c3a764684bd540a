# tuples
t = (1, 'two', 3.0)
print(t, len(t), t[1], t[-1], t[:2])
print((), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, 1 in t, 'x' in t)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 5))
print(t.index('two'), (1, 1, 2).count(1))
try:
    t[0] = 5
except TypeError:
    print('TypeError immutable')
try:
    t.index('nope')
except ValueError:
    print('ValueError')
a = 1, 2
print(type(a).__name__, a)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'tuple key'}[(1, 2)])
print(max((3, 9, 2)), min(('b', 'a')), sum((1, 2, 3)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(repr((1,)), repr(()), str(('a', 1)))
