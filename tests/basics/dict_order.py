# dicts keep insertion order (CPython and micropython-ts; MicroPython's own dict is unordered)
d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(list(d), list(d.values()))
d['alpha'] = 0
print(list(d.items()))
del d['zeta']
d['zeta'] = 1
print(list(d))
print({'b': 1, 'a': 2}, dict(c=1, a=2, b=3))
print(d.popitem(), list(d))
