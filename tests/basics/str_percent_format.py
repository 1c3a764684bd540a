# printf-style % formatting
print('%d %i %s %r' % (1, 2, 'three', 'four'))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%f %.2f %8.3f %-8.1f| %e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.00001234, 1e20))
print('%s' % 'single', '%s' % (('tuple',),), '%s%%' % 50)
print('%c%c' % (72, 'i'))
print('%(name)s is %(n)d' % {'name': 'x', 'n': 3})
print('%10s|%-10s|' % ('right', 'left'), '%.2s' % 'abc')
try:
    '%d %d' % (1,)
except TypeError:
    print('TypeError not enough args')
try:
    '%d' % (1, 2)
except TypeError:
    print('TypeError not all converted')
print('%s %s' % (None, True), '%d' % True, '%d' % 3.9, '%s' % [1, 2])
print('%x' % -255, '%d' % -(2 ** 70), '%x' % (2 ** 70))
