# arithmetic right at 31/32/63/64-bit boundaries
for base in (2 ** 30, 2 ** 31, 2 ** 62, 2 ** 63):
    print(base - 1 + 1, base + base, base * 2 - 1, -base - base, base * base, (base * base) // base)
x = 2 ** 53
print(x + 1, x + 2, x * 3 + 1, (x + 1) - x)
print(0x7fffffff + 1, 0xffffffff + 1, 0x7fffffffffffffff + 1, -0x8000000000000000 - 1)
