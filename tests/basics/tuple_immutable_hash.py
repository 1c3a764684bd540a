# tuples are immutable and hashable when their items are
t = (1, 'a', (2, 3))
print(hash(t) == hash((1, 'a', (2, 3))))
d = {t: 'v', (): 'empty'}
print(d[(1, 'a', (2, 3))], d[()])
try:
    t[0] = 5
except TypeError:
    print('TypeError assign')
try:
    hash((1, [2]))
except TypeError:
    print('TypeError hash')
try:
    del t[0]
except TypeError:
    print('TypeError del')
inner = ([1],)
inner[0].append(2)
print(inner)
