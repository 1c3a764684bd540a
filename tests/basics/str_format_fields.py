# str.format field names: positional, keyword, index, attribute, conversion
print('{0}{1}{0}'.format('a', 'b'))
print('{}{}'.format(1, 2))
print('{a}-{b}'.format(a=1, b=2))
print('{!r} {!s}'.format('s', 's'))
print('{{}} {{{}}}'.format(7))
print('{:{}}|'.format('x', 4))
print('{0:>{1}}|'.format('y', 3))
