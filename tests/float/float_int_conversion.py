# converting between float and int
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 1e10, -1e10, 123.999, 2.0 ** 60):
    print(x, int(x), round(x), float(int(x)))
print(float(2 ** 100), float(-(2 ** 63)), int(1e18), int(-1e19))
print(float(10 ** 18) == 10 ** 18)
