# mixing ints and floats
print(1 + 1.0, 2 * 0.5, 3 - 1.5, 7 // 2.0, 7 % 2.5, -7 // 2.0)
print(2 ** 70 + 0.5, float(2 ** 70) == 2 ** 70, 2 ** 70 / 2 ** 69)
print(10 / 3, 10 // 3, 10 % 3, 10.0 // 3, 10.0 % 3)
print(sum([0.1] * 10), sum([1, 2.5, 3]), max(2, 2.0), min(2.0, 2))
print(5 / 2 == 2.5, 4 / 2 == 2, type(4 / 2).__name__)
print(pow(2, 0.5), pow(2.0, 3), pow(4, -1))
print(True + 0.5, 1e3 == 1000, int(1e3) is not None)
