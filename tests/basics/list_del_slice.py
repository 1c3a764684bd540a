# del on list items and slices
l = list(range(10))
del l[0]
del l[-1]
print(l)
del l[2:4]
print(l)
del l[:]
print(l)
l = list(range(6))
del l[10:]
del l[1:1]
print(l)
try:
    del l[10]
except IndexError:
    print('IndexError')
