# dict.update from dicts, pairs and keywords; dict() constructor forms
d = {}
d.update({'a': 1})
d.update([('b', 2), ('c', 3)])
d.update(d=4)
d.update({'a': 0}, e=5)
print(sorted(d.items()))
print(sorted(dict(x=1, y=2).items()), dict([(1, 2)]), dict({3: 4}), dict(), dict(zip('ab', range(2))) == {'a': 0, 'b': 1})
try:
    d.update([1, 2])
except (TypeError, ValueError):
    print('error')
try:
    dict([(1, 2, 3)])
except (TypeError, ValueError):
    print('error')
