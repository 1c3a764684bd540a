# many list operations
l = []
for i in range(10000):
    l.append(i)
print(len(l), l[0], l[-1], sum(l))
while len(l) > 5:
    l.pop()
print(l)
l = list(range(1000))
del l[100:900]
print(len(l), l[98:102])
l = [i % 7 for i in range(700)]
print(l.count(3), sorted(set(l)))
l = [(i * 37) % 1009 for i in range(1009)]
l.sort()
print(l == list(range(1009)))
m = [[i] * 3 for i in range(3)]
m[0][0] = 'changed'
print(m)
r = list(range(20))
r.reverse()
print(r[:5], r.index(0))
big = [0] * 100000
print(len(big), big.count(0))
