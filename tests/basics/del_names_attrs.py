# del of names, attributes, items and multiple targets
x = 1
del x
try:
    x
except NameError:
    print('NameError')
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in dir(), 'b' in dir())
class O:
    pass
o = O()
o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError:
    print('AttributeError')
l = [0, 1, 2, 3]
d = {'k': 1, 'j': 2}
del l[1], d['k']
print(l, d)
def f():
    v = 1
    del v
    try:
        return v
    except NameError:
        return 'unbound'
print(f())
