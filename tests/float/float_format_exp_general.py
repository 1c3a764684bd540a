# 'e' and 'g' format specifiers
for x in (0.0, 1.0, 12345.678, 0.000123, 1e100, -2.5e-7):
    print('%e|%.2e|%g|%.3g|%G' % (x, x, x, x, x))
print('{:e} {:.1e} {:g} {:.10g}'.format(1234.5, 1234.5, 1e-5, 1 / 3))
