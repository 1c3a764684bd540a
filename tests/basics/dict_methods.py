# dict methods
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(d.pop('a'), d.pop('z', 'dflt'), sorted(d))
try:
    d.pop('z')
except KeyError:
    print('KeyError pop')
print(d.setdefault('b', 99), d.setdefault('n', []), sorted(d))
d['n'].append(1)
print(d['n'])
d.update({'x': 7})
d.update(y=8)
d.update([('z', 9)])
print(sorted(d.items()))
c = d.copy()
c['b'] = 'changed'
print(d['b'], c['b'])
k, v = {'only': 1}.popitem()
print(k, v)
try:
    {}.popitem()
except KeyError:
    print('KeyError popitem')
print(sorted(dict.fromkeys(['p', 'q']).items()), sorted(dict.fromkeys('ab', 0).items()))
d.clear()
print(d, len(d))
