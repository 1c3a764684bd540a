# enumerate with start, over strings, dicts and generators
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=-1)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 10):
    print(i, a, b)
e = enumerate(x * x for x in range(3))
print(next(e), list(e))
