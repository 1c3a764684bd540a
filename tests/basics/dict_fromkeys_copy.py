# dict.fromkeys and dict.copy
d = dict.fromkeys(['a', 'b'])
print(sorted(d.items()))
d = dict.fromkeys('xy', 0)
print(sorted(d.items()))
shared = dict.fromkeys([1, 2], [])
shared[1].append('s')
print(shared[2])
c = d.copy()
c['x'] = 9
print(d['x'], c['x'], c is not d)
