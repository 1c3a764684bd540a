# switch between fixed and exponent notation in repr/str
for e in range(-8, 20, 3):
    x = 1.5 * 10.0 ** e
    print(e, x, -x)
print(1e15, 1e16, 1e17, 1e-4, 1e-5, 0.0001, 0.00001)
print(123e20, 1.25e-10)
