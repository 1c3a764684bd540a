# popitem drains the dict; clear empties it
d = {1: 'a', 2: 'b', 3: 'c'}
out = []
while d:
    out.append(d.popitem())
print(sorted(out), d)
try:
    d.popitem()
except KeyError:
    print('KeyError')
d = {i: i for i in range(5)}
d.clear()
print(d, len(d))
