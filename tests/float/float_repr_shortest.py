# repr picks the shortest string that round-trips
for x in (0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.5, 100.0, 1e16, 1e-5, 123456789.125, 1.7976931348623157e308):
    print(repr(x), float(repr(x)) == x)
