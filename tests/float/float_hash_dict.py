# floats as dict keys equal to ints share the entry
d = {1: 'int', 2.5: 'float'}
d[1.0] = 'float one'
print(len(d), d[1], d[2.5], hash(1.0) == hash(1), hash(0.0) == hash(-0.0))
s = {1, 1.0, 2, 2.0, 3.5}
print(len(s), 3.5 in s, 2 in s)
