# dict creation, lookup, update, deletion
d = {'a': 1, 'b': 2}
print(d['a'], len(d), 'a' in d, 'z' in d, 1 in d)
d['c'] = 3
d['a'] = 10
print(sorted(d.items()))
print(dict(), dict(x=1, y=2) == {'x': 1, 'y': 2}, dict([('k', 'v')]), dict({'q': 0}))
print(dict([(1, 2), (3, 4)], z=5) == {1: 2, 3: 4, 'z': 5})
try:
    d['missing']
except KeyError as e:
    print('KeyError', e.args)
print({} == {}, {'a': 1} == {'a': 1}, {'a': 1} != {'a': 2}, {1: 2} == {1: 2, 3: 4})
print({1: 'int', 1.0: 'float'}[1], len({1: 'a', 1.0: 'b'}))
print({(1, 2): 'tuple', None: 'none', 'x': 'str'}[(1, 2)])
try:
    {[1]: 2}
except TypeError:
    print('TypeError unhashable list')
e = {}
for i in range(50):
    e[i] = i * i
print(len(e), e[49], sum(e.values()))
for i in range(0, 50, 2):
    del e[i]
print(len(e), sorted(e)[:5])
print(repr({}), repr({'k': [1, 2]}), str({1: None}))
