# repr and str of builtin values
vals = [0, -5, 2 ** 70, 'a', "it's", 'tab\t', b'\x01', [1, 'x'], (1,), (), {}, {1: 'a'}, set(), None, True, range(3), range(1, 5, 2)]
for v in vals:
    print(repr(v), str(v))
print(repr(str), repr(int), repr(Exception))
print(repr(repr('x')), str(str('y')))
