# divmod and pow
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (2 ** 65, 3), (-(2 ** 65), 7)]:
    print(a, b, divmod(a, b))
print(pow(2, 8), pow(2, -2), pow(-3, 3), pow(7, 2, 5), pow(-7, 2, 5), pow(2, 100, 2 ** 61 - 1))
print(pow(5, 0, 1))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError pow modulus zero')
