# 'f' formatting with precision and rounding
for x in (0.0, 1.0, -1.5, 3.14159, 2.675, 1e10, 123.456, -0.001):
    print('%.0f|%.1f|%.2f|%.3f|%f' % (x, x, x, x, x))
print('{:.2f} {:8.3f} {:<8.1f}| {:+.2f} {:08.2f}'.format(3.14159, 2.5, 1.26, 1.0, -3.5))
