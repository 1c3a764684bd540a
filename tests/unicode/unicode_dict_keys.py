# non-ASCII strings as dict and set keys
d = {'\xe9': 1, '\u20ac': 2, '\U0001f600': 3}
print(d['\u00e9'], d['\u20ac'], d['\U0001f600'])
print(sorted(d.items()))
s = {'\u4e00', '\u4e00', '\u4e8c'}
print(len(s), '\u4e8c' in s)
