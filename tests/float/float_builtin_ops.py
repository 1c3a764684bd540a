# abs/min/max/sum/pow/divmod with floats
print(abs(-2.5), max(1.5, 2, 0.5), min([3.5, -1.25]), sum([0.5, 0.25, 0.125]))
print(pow(2.0, 10), pow(2, -2), pow(4.0, 0.5), 2 ** 0.5, (-8.0) ** 2, 10 ** -1)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(sum([1, 2.5, 3]), sum([], 0.0), sum((0.1,) * 10) == 1.0)
try:
    (-8.0) ** 0.5
    print('complex result')
except ValueError:
    print('ValueError')
try:
    0.0 ** -1
except ZeroDivisionError:
    print('ZeroDivisionError')
