# slice objects received by __getitem__: attributes and reuse as subscripts
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
s = e[1:8:2]
print(s.start, s.stop, s.step)
print(list(range(10))[s], 'abcdefghij'[e[2:5]], (1, 2, 3)[e[:2]])
t = e[:]
print(t.start, t.stop, t.step, [1, 2, 3][t])
l = list(range(6))
l[e[1:3]] = ['x']
print(l)
print(e[1:2].start, e[::3].step, e[:5].stop, e[1:2, 3][1], type(e[1:2]).__name__)
