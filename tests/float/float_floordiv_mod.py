# float floor division and modulo signs
for a in (7.5, -7.5, 0.0):
    for b in (2.0, -2.0, 0.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(5 % 2.5, -5 % 3.0, 5.0 // 3, 1e300 % 7.0)
for op in (lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 1.0 / 0, lambda: divmod(1.0, 0.0)):
    try:
        op()
    except ZeroDivisionError:
        print('ZeroDivisionError')
