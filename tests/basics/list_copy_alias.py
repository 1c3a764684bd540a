# aliasing versus copying of lists
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
a[1].append('shared inner')
print(b, c, d, e)
print(a is b, a is c, a[1] is c[1])
f = [x for x in a]
f[0] = 'changed'
print(a[0], f[0])
g = a * 1
print(g == a, g is a)
