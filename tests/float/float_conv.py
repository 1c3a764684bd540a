# float() conversions
print(float(), float(1), float(-3), float('1.5'), float('  -2.5 '), float('1e3'), float('-1E-2'), float('.5'), float('5.'))
print(float('inf'), float('-inf'), float('Infinity'), float('nan') != float('nan'), float('  +1.25'))
print(float(2 ** 70), float(True), float('1_0.5') if False else 10.5)
for bad in ['', 'abc', '1.2.3', '1e', '--1', '0x10']:
    try:
        float(bad)
        print('no error', bad)
    except ValueError:
        print('ValueError', repr(bad))
try:
    float([1])
except TypeError:
    print('TypeError')
print(int(1e10), int(-2.9), int(2.9), int(1e20) == 10 ** 20, int(float(2 ** 60)) == 2 ** 60)
try:
    int(float('inf'))
except OverflowError:
    print('OverflowError int(inf)')
try:
    int(float('nan'))
except ValueError:
    print('ValueError int(nan)')
