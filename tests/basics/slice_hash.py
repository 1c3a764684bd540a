# slices are unhashable (MicroPython, CPython 3.11) and compare as (start, stop, step) tuples
for f in (lambda: hash(slice(1)), lambda: {}[:], lambda: {slice(1)}):
    try:
        f()
    except TypeError:
        print("TypeError")
try:
    {}[:] = {}
except TypeError:
    print("TypeError")
print(slice(1) == slice(1), slice("a") == slice("a"), slice(1) == slice(1.0), slice(1) != slice(2))
print(slice(1) < slice(2), slice(1, 2) <= slice(1, 2), slice(1, 3) > slice(1, 2, 3))
print(slice(1) == 1, slice(1) != (None, 1, None))
try:
    slice(1) < 1
except TypeError:
    print("TypeError")
