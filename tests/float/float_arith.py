# float arithmetic
print(1.5 + 2.25, 5.0 - 0.5, 2.5 * 4, 7.0 / 2, 7.5 // 2, 7.5 % 2, 2.0 ** 10)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(1 / 3, 2 / 3, 10 / 4, 1e3 / 7)
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9)
print(3 + 0.5, 3 * 1.5, 10 / 5, type(10 / 5).__name__, 2 ** 0.5, 4 ** 0.5)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-2.5), -(-1.5), +1.5)
try:
    1.0 / 0
except ZeroDivisionError:
    print('ZeroDivisionError float div')
try:
    1.0 // 0.0
except ZeroDivisionError:
    print('ZeroDivisionError float floordiv')
try:
    1.5 % 0
except ZeroDivisionError:
    print('ZeroDivisionError float mod')
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(2 ** -2, 10 ** -3, (-8) ** 2.0, 0.0 ** 0)
