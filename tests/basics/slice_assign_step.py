# extended slices (step != 1) read on lists; assignment only with step 1
l = list(range(12))
print(l[::3], l[1::4], l[10:1:-3])
l[2:6] = [None]
print(l)
m = [1, 2, 3, 4, 5]
m[1:-1] = (7, 8)
print(m)
m[-1:] = list(range(3))
print(m)
n = [1, 2, 3]
n[1:1] = ['a', 'b']
print(n)
