# integer comparisons across small and big and mixed types
vals = [0, 1, -1, 2 ** 62, 2 ** 64, -(2 ** 64), 3]
print(sorted(vals))
print(max(vals), min(vals))
print(2 ** 64 == 2 ** 64, 2 ** 64 == 2 ** 64 + 1, 2 ** 64 != 18446744073709551616)
print(1 == 1.0, 1 < 1.5, 2 ** 64 > 1e10, 2 ** 64 == float(2 ** 64))
print(0 == False, 1 == True, 2 == True)
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5)
try:
    1 < 'a'
except TypeError:
    print('TypeError int < str')
print(1 == 'a', 1 != 'a')
