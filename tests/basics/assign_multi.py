# chained and tuple assignment
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
l = [1, 2, 3]
i = 0
i, l[i] = 1, 9
print(i, l)
p = q = []
p.append(1)
print(q, p is q)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = 'hi'
print(r, s)
t = 1, 2, 3
print(t)
u, = [7]
print(u)
a, b, c = range(3)
print(a, b, c)
d = {}
d['k'] = d2 = {}
d2['z'] = 1
print(d)
