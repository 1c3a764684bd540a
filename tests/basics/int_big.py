# arbitrary precision integers
a = 2 ** 100
print(a)
print(a + 1, a - 1, a * a)
print(a // 3, a % 3, divmod(a, 7))
print(-a // 3, -a % 7)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 7))
f = 1
for i in range(1, 40):
    f *= i
print(f)
print(f // (f // 1000), f % 1000003)
print(2 ** 53 + 1, 2 ** 53 + 1 - 2 ** 53)
print(9007199254740993 * 3)
print(int('123456789012345678901234567890') + 1)
print(str(2 ** 200)[:20], len(str(2 ** 200)))
print(abs(-(10 ** 25)), -(10 ** 25))
print(pow(3, 100, 10 ** 9 + 7), pow(2, 1000, 97))
print(12345678901234567890 == 12345678901234567890, 2 ** 70 > 2 ** 69, -(2 ** 70) < 5)
big = 1 << 80
print(big, big >> 79, len(bin(big)) - 2)
print(hash(2 ** 10) == hash(1024), 2 ** 62 * 4 // 4 == 2 ** 62)
print(int(2 ** 70 / 2 ** 60))
print((2 ** 65) // (2 ** 64), (2 ** 65) // -(2 ** 64 + 1))
print(type(2 ** 100).__name__)
