# while loops with break, continue and else
i = 0
while i < 5:
    print('i =', i)
    i += 1
print('after', i)

n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 6:
        break
    print('n', n)

# else runs when the loop ends without break
k = 0
while k < 3:
    k += 1
else:
    print('else ran, k =', k)

k = 0
while k < 10:
    k += 1
    if k == 2:
        break
else:
    print('not printed')
print('broke at', k)

# while with complex condition
a, b = 0, 10
while a < b and b > 5:
    a += 2
    b -= 1
print(a, b)
