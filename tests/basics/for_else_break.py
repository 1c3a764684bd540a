# for/else and while/else: else runs only without break
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    break
else:
    print('never')
for i in range(2):
    for j in range(2):
        if j == 1:
            break
    else:
        print('inner else')
    print('outer', i)
