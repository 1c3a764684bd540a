# comparing ints with floats and bools, and equality across numeric types
print(1 == 1.0, 0 == -0.0, 1 != 1.5, 2 < 2.5 < 3, -1 < 0.0)
print(True == 1, False == 0, True + True, 10 * False)
print(max(1, 2.5, 2), min(-1, -1.5), sorted([2, 1.5, 1, 0.5]))
print({1: 'a'}.get(1.0), 1.0 in [1], [1, 2] == [1.0, 2.0])
