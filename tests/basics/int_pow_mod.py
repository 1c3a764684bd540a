# three-argument pow and big powers
print(pow(2, 10, 1000), pow(3, 200, 1000007), pow(7, 0, 13), pow(0, 0, 5))
print(pow(-3, 3, 5), pow(3, 3, -5), pow(2, 100, 10 ** 20 + 7))
print(pow(12345678901234567890, 98765, 10 ** 18 + 9))
print(2 ** 64, 2 ** 100, (-2) ** 63, 10 ** 30, 0 ** 0, (-1) ** 1001)
print(pow(2, -1), pow(4, -2))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError')
try:
    pow(2, -1, 5)
except ValueError:
    print('ValueError')
