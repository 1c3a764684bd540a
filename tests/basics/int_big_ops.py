# big-integer arithmetic edge cases
a = 2 ** 64
b = 2 ** 32
print(a * a, a // b, a % (b + 1), a - a, -a + a, a * 0)
print((a + 1) * (a - 1) == a * a - 1)
print(divmod(-a, b), divmod(a, -b), divmod(-a - 1, b))
print(-a // 3, -a % 3, a // -3, a % -3)
print(a ** 3 // a ** 2 == a, (a ** 5) % (10 ** 9 + 7))
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x, x % 1000, len(bin(x)) - 2)
print(2 ** 64 // 2 ** 64, (2 ** 64 - 1) // 2 ** 64, -(2 ** 64) // 2 ** 64)
print(abs(-a), -(-a) == a, a > -a, max(a, -a, 0), min(a, -a))
print(10 ** 18 * 10 ** 18, 999999999999999999 + 1)
print(int(-2 ** 63) - 1, 2 ** 63 - 1 + 1)
print(2 ** 53 * 2 ** 53, (2 ** 53 + 1) * 3, 9007199254740991 + 9007199254740991)
