# true division of ints produces floats
print(7 / 2, -7 / 2, 6 / 3, 1 / 4, 0 / 5, -0 / 5)
print(10 ** 20 / 10 ** 10, 2 ** 70 / 2 ** 69, 1 / 3)
try:
    1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    (2 ** 100) / 0
except ZeroDivisionError:
    print('ZeroDivisionError big')
