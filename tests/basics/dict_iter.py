# iterating dicts and mutation during iteration
d = {i: str(i) for i in range(5)}
print(sorted(k for k in d))
print(sorted(iter(d)))
keys = []
for k in d:
    keys.append(k)
print(sorted(keys))
x = {'a': 1}
for k in list(x):
    del x[k]
print(x)
print(sorted({'b': 1, 'a': 2}))
print(max({'x': 1, 'y': 2}), min({3: 'a', 1: 'b'}))
