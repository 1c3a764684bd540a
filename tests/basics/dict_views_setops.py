# dict views: membership, and they track later updates
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(sorted(set(k) & {'a', 'z'}), sorted(set(k) | {'z'}))
print('a' in k, 'z' in k, ('a', 1) in d.items(), ('a', 2) in d.items(), 2 in d.values())
d['d'] = 4
print(len(k), sorted(k))
print(sorted(d.items()) == sorted(zip(d.keys(), d.values())))
