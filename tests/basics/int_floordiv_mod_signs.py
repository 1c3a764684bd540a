# floor division and modulo follow the sign of the divisor
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for op in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0)):
    try:
        op()
    except ZeroDivisionError:
        print('ZeroDivisionError')
