for i in range(10):
    print(i)
for i in range(1, n):
    if i == 3:
        continue
    if i == 5:
        break
else:
    print('done')
for i in range(10, 0, -2):
    pass
for x in lst:
    print(x)
else:
    pass
while x < 10:
    x += 1
    if x:
        break
else:
    y = 2
while True:
    pass
