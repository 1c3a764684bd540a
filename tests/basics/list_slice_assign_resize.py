# slice assignment that grows or shrinks the list
l = [0, 1, 2, 3, 4]
l[1:3] = ['a', 'b', 'c', 'd']
print(l)
l[:2] = []
print(l)
l[len(l):] = [7, 8]
print(l)
l[:0] = (-1,)
print(l)
l[2:2] = ['x', 'y']
print(l)
l[:] = list(range(3))
print(l)
