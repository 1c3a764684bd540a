# sequence unpacking in assignment
a, b = 1, 2
print(a, b)
a, b = [3, 4]
print(a, b)
a, b = 'xy'
print(a, b)
a, b = range(2)
print(a, b)
a, b = (i for i in (5, 6))
print(a, b)
a, b = {'k1': 1, 'k2': 2}.values()
print(a + b)
try:
    a, b = 1, 2, 3
except ValueError:
    print('ValueError too many')
try:
    a, b, c = 1, 2
except ValueError:
    print('ValueError not enough')
try:
    a, b = 5
except TypeError:
    print('TypeError not iterable')
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
[a, [b, [c]]] = [1, [2, [3]]]
print(a, b, c)
x = [0, 0]
x[0], x[1] = 'ab'
print(x)
class O: pass
o = O()
o.p, o.q = 7, 8
print(o.p, o.q)
