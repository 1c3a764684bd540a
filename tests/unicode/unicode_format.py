# formatting non-ASCII strings (no padding: MicroPython pads by bytes)
x = '\U0001f600'
print('%s=%d' % ('\u03c0', 3))
print('{}|{}'.format('\xe9t\xe9', '\u20ac'))
print('\u2192 {:>4} \u2190'.format(42))
print(f'{x}{x} {len(x)}')
print('%-3d\u20ac' % 5, '%r' % '\u20ac')
print('{!r}'.format('\u4e2d'))
