# operator precedence and associativity
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 2 ** -1)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 17 % 5 * 2)
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 | 3 & 8, 6 ^ 3 & 5)
print(not 1 == 2, not (1 == 2), 1 < 2 == True)
print(True or False and False, (True or False) and False)
print(~1 + 1, -~1, - - 5, + - 5)
print(3 * 'ab' + 'c', [1] * 2 + [3])
print(1 if 0 else 2 if 0 else 3)
print((lambda: 0 if False else 'lambda binds loosest')())
x = 5
print(x > 3 and x < 10 or x == 0, not x > 3)
print(-2 ** 0.5 < 0, (-8) // 3 * 3)
