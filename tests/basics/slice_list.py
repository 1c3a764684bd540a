# slicing lists
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[:], l[-3:], l[:-3], l[-5:-2])
print(l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-4:-1])
print(l[100:], l[:100], l[5:2], l[-100:2])
print(l[::-3], l[2:8][::2])
c = l[:]
c[0] = 'x'
print(l[0], c[0])
l[2:4] = ['a', 'b', 'c']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99]
print(l)
l[1:5] = []
print(l)
l[:] = ('x', 'y', 'z')
print(l)
