# tuple-based swaps and rotations evaluate the right side first
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'x', 'y', 'z'
x, y, z = y, z, x
print(x, y, z)
l = [10, 20, 30]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
i, l[i] = 1, 'set'
print(i, l)
