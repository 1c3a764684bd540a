# bitwise operations including negative numbers
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 10, 1024 >> 3)
print(-6 & 3, -6 | 3, -6 ^ 3, ~-6, -1 << 4, -16 >> 2, -17 >> 2, -1 >> 10)
print(-6 & -3, -6 | -3, -6 ^ -3)
print(0xff & -256, 0xff | -256, -1 & 0xffff)
print(1 << 64, (1 << 64) >> 63, -(1 << 64) >> 1)
print((2 ** 70 - 1) & 0xf0f0, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 + 5))
print(-(2 ** 70) & 0xffff, ~(2 ** 70), -(2 ** 70) >> 68)
print(-(2 ** 70) & -(2 ** 69), -(2 ** 70) | 7, (-(2 ** 70)) ^ -1)
try:
    1 << -1
except ValueError:
    print('ValueError negative shift')
try:
    1 >> -1
except ValueError:
    print('ValueError negative shift right')
print(True << 2, 5 & True)
for a in (0, 1, -1, 12345, -12345):
    print(a, a & 0xff, a | 0x100, a ^ 0x55, ~a, a >> 3, a << 3)
