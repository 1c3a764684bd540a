# list comprehensions
print([x for x in range(5)])
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'abc'])
print([x for x in [3, 1, 2] if x > 1 if x < 3])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([i for i in []])
x = 'outer'
print([x for x in 'ab'], x)
print([f(2) for f in [lambda v: v + 1, lambda v: v * 10]])
n = 3
print([n * i for i in range(n)])
print([(i, j) for i in range(2) for j in 'ab' if j != 'a' or i])
def g():
    k = 5
    return [k + i for i in range(2)]
print(g())
class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.doubled)
