# del of names, items, slices and attributes
x = 1
del x
try:
    x
except NameError:
    print('NameError after del')
l = list(range(8))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[:]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(sorted(d.items()))
try:
    del d['zz']
except KeyError:
    print('KeyError')
class A:
    pass
a = A()
a.x = 1
a.y = 2
del a.x
print(hasattr(a, 'x'), hasattr(a, 'y'))
try:
    del a.x
except AttributeError:
    print('AttributeError')
p, q = 1, 2
del p, q
try:
    print(p)
except NameError:
    print('p gone')
def f():
    z = 3
    del z
    try:
        return z
    except NameError:
        return 'local deleted'
print(f())
