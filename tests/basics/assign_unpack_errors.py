# wrong number of values to unpack
for src in ([1, 2, 3], [1], 'ab', ()):
    try:
        a, b = src
        print('ok', a, b)
    except ValueError:
        print('ValueError', len(src))
try:
    a, b = 5
except TypeError:
    print('TypeError')
