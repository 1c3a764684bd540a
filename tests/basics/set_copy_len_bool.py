# copy, len, truthiness and membership with mixed numeric types
s = {1, 2.0, 'three'}
c = s.copy()
c.add(4)
print(len(s), len(c), bool(set()), bool(s), 2 in s, 1.0 in s, 'three' in c)
