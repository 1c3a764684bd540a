# comparisons across small and big ints, big ints as dict keys
vals = [0, 1, -1, 2 ** 30, 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 20]
print(sorted(vals, reverse=True))
print(2 ** 64 == 2 ** 64, 2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63), 2 ** 70 != 2 ** 70 + 1)
d = {2 ** 64: 'a', 2 ** 65: 'b'}
print(d[2 ** 64], d[2 * 2 ** 64], (2 ** 64) in d, (2 ** 64 + 1) in d)
print(hash(5) == hash(5), max(vals), min(vals))
print((2 ** 100) // (2 ** 99) == 2, (2 ** 100 - 2 ** 100) == 0)
