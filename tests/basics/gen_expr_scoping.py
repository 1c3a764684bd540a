# generator expressions evaluate the first iterable eagerly, the rest lazily
x = [1, 2]
g = (i * 10 for i in x)
x = [7, 8, 9]
print(list(g))
y = [1]
h = (i + j for i in range(2) for j in y)
y = [100]
print(list(h))
print(sum(i for i in range(5)), max(len(w) for w in ['a', 'abc', 'ab']))
g3 = (n for n in range(3))
print(list(g3), list(g3))
