# very large and very small floats
print(1e308, 1e-308, 2.0 ** 1023, 2.0 ** -1022)
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 1e10)
print(2.0 ** 1023 * 2, float(10 ** 300), 1e300 * 1e-300)
print(0.1 ** 400, (-0.5) ** 1001)
