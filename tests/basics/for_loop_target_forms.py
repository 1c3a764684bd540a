# for-loop targets: attributes, subscripts, nested tuples
class O:
    pass
o = O()
for o.x in range(3):
    pass
print(o.x)
l = [None, None]
for l[0] in 'ab':
    print(l)
d = {}
for d['k'], (a, b) in [(1, (2, 3)), (4, (5, 6))]:
    print(d, a, b)
for i in range(3):
    i = 'rebound'
print(i)
for x in []:
    pass
print('empty loop ok')
