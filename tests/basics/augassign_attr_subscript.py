# augmented assignment evaluates the target expression once
calls = []
def idx(i):
    calls.append(i)
    return i
l = [1, 2, 3]
l[idx(1)] += 10
print(l, calls)
class O:
    def __init__(self):
        self.n = 1
        self.lst = [1]
o = O()
o.n *= 7
o.n -= 2
o.lst += [2]
o.n **= 2
o.n //= 3
o.n %= 7
print(o.n, o.lst)
d = {'a': 'x'}
d['a'] += 'y'
d['a'] *= 2
print(d)
s = 'ab'
s += s
print(s)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
