# chained assignment binds every target to the same object, left to right
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
d = {}
d['k'] = d['j'] = 'v'
print(sorted(d.items()))
class O:
    pass
o = O()
o.p = o.q = 3
print(o.p, o.q)
i = 0
l = [0, 0, 0]
i = l[i] = 2
print(i, l)
