# type() of values and type names
for v in (1, 1.5, 'a', b'a', [], (), {}, set(), frozenset(), None, True, range(1), 1j, bytearray()):
    print(type(v).__name__)
print(type(type), type(int) is type, type(5) is int, type('') == str)
