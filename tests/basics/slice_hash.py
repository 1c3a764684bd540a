# slices hash and compare as the tuple (start, stop, step) (CPython 3.12; MicroPython can key
# an OrderedDict with them and report a missing slice key)
try:
    {}[:]
except KeyError as e:
    print("KeyError", e.args)
try:
    {1: 2}[1:2:3]
except KeyError as e:
    print("KeyError", e.args)
d = {}
d[:"a"] = 1
d[1:2] = 2
d[slice(1, 2)] = 3
print(d)
print(d[slice(None, "a")], d[1:2], slice(1, 2) in d, slice(2) in d)
print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(1)) == hash(slice(1.0)))
print(len({slice(1), slice(1), slice(True)}))
print(slice(1) == slice(1), slice("a") == slice("a"), slice(1) == slice(1.0), slice(1) != slice(2))
print(slice(1) < slice(2), slice(1, 2) <= slice(1, 2), slice(1, 3) > slice(1, 2, 3))
print(slice(1) == 1, slice(1) != (None, 1, None))
try:
    hash(slice([]))
except TypeError:
    print("TypeError")
try:
    slice(1) < 1
except TypeError:
    print("TypeError")
