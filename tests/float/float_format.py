# formatting floats with format(), % and f-strings
x = 3.14159265
print('%f %.0f %.1f %.3f %10.4f|%-10.2f|%+.2f' % (x, x, x, x, x, x, x))
print('%e %.2e %E %g %.3g %G' % (x, x, x, x, x, 1e-10))
print('%g %g %g %g %g' % (100000.0, 1000000.0, 0.0001, 0.00001, 1.5))
print('{:.2f} {:8.3f} {:<8.1f}| {:^9.2f}| {:e}'.format(x, x, x, x, x))
print('{:.2f} {:+.1f} {:08.2f} {:.0f} {:.0f}'.format(x, x, -x, 0.4, 1.6))
print(f'{x:.4f} {x:10.2e} {1e21:.1f} {123.456:g} {0.000012345:g}')
print('{:g} {:g} {:g}'.format(1.0, 1e16, 1.23456789e-5))
print('{:.3%} {:%}'.format(0.5, 1.0))
print('{}'.format(2.5), '{:.1f}'.format(-0.0), '%.2f' % -0.001, '{:f}'.format(1e-7))
print('%s %r' % (1.5, 0.1), str(1.0), str(1e-5))
print('{:.1f} {:.1f} {:.2f}'.format(0.05, 0.15, 1.005))
