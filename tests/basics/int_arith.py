# integer arithmetic
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 3, 7 // -2, 7 % -3, -7 // -2, -7 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 0), pow(0, 0), pow(-2, 3))
print(2 ** -1, 10 ** -2)
print(abs(-5), abs(5), abs(0), -(-3), +4)
print(1 + 2 * 3 ** 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(17 // 5 * 5 + 17 % 5)
for a in (13, -13):
    for b in (4, -4):
        print(a, b, a // b, a % b, (a // b) * b + a % b == a)
try:
    1 // 0
except ZeroDivisionError:
    print('ZeroDivisionError //')
try:
    1 % 0
except ZeroDivisionError:
    print('ZeroDivisionError %')
try:
    divmod(1, 0)
except ZeroDivisionError:
    print('ZeroDivisionError divmod')
print(int(7.9), int(-7.9), int('42'), int(' -17 '), int('+5'))
print(0x1f, 0o17, 0b101, 1_000_000)
