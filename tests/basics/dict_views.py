# keys/values/items views
d = {'a': 1, 'b': 2}
k = d.keys()
v = d.values()
it = d.items()
print(len(k), len(v), len(it), 'a' in k, 2 in v, ('a', 1) in it)
d['c'] = 3
print(len(k), sorted(k), sorted(v), sorted(it))
print(sorted(list(k)), sum(v))
for key, val in sorted(d.items()):
    print(key, val)
print({'x': 1}.keys(), {'x': 1}.values(), {'x': 1}.items())
