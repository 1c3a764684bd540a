# bitwise operations on negative big ints (two's complement semantics)
a = -(2 ** 70) + 12345
b = 2 ** 65 + 7
print(a & b, a | b, a ^ b, ~a, ~b)
print(-1 & (2 ** 80 - 1) == 2 ** 80 - 1, -(2 ** 64) & 0xff, -(2 ** 64) | 1)
print((2 ** 100) ^ (2 ** 100), (2 ** 100 - 1) & -(2 ** 50))
print(~0, ~-1, ~(2 ** 64))
