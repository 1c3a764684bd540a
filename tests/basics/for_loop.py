# for loops over sequences, with break/continue/else
for c in 'abc':
    print(c)
for x in [1, 2, 3]:
    print(x * 10)
for t in (4, 5):
    print(t)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
for i in range(5):
    if i == 10:
        break
else:
    print('for-else ran')
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('i is', i)
# loop variable unpacking
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
# empty iterables
for x in []:
    print('never')
for x in '':
    print('never')
print('done')
# loop over dict
d = {'x': 1, 'y': 2, 'z': 3}
for k in sorted(d):
    print(k, d[k])
# modifying loop variable does not affect iteration
for i in range(3):
    print(i)
    i = 100
