# float() parsing of strings
for s in ('1', '1.5', '-2.25', '  3.0  ', '1e3', '1E-3', '.5', '5.', '+1.5', 'inf', '-inf', 'Infinity', 'nan', '1_0.5', '0.000001'):
    print(repr(s), float(s))
for bad in ('', 'abc', '1.2.3', '1e', '--1', 'in f'):
    try:
        float(bad)
    except ValueError:
        print('ValueError', repr(bad))
