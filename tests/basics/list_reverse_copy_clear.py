# reverse/copy/clear
a = [1, [2], 3]
b = a.copy()
a.reverse()
print(a, b, b[1] is a[1])
b[1].append(9)
print(a)
a.clear()
print(a, b, len(a))
c = []
c.reverse()
print(c)
