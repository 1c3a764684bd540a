# KeyError on missing keys, its args, and del
d = {'a': 1, (1, 2): 'tuple'}
try:
    d['missing']
except KeyError as e:
    print('KeyError', e.args)
try:
    del d['nope']
except KeyError as e:
    print('KeyError del', e.args[0])
print(d[(1, 2)])
del d['a']
print(d)
try:
    d[[1]] = 2
except TypeError:
    print('TypeError')
