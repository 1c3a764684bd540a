# formatting big ints with widths, signs, bases and grouping
n = 2 ** 70
print('{:d}'.format(n), '{:x}'.format(n), '{:o}'.format(-n), '{:b}'.format(2 ** 65 + 1))
print('[{:>30}]'.format(n), '[{:<25d}]'.format(-n), '[{:030d}]'.format(n))
print('{:,}'.format(10 ** 20), '{:+d}'.format(n), '%d' % n, '%x' % (n - 1), '%30d|' % -n)
print(str(-(10 ** 25)), repr(10 ** 25))
