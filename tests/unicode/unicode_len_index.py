# len and indexing count code points, not bytes
s = 'h\xe9llo w\xf6rld'
print(len(s), s[1], s[-4], s[7])
e = '\u20ac100'
print(len(e), e[0], e[1:], len(e.encode()))
m = 'a\U0001f600b'
print(len(m), m[0], m[2], len(m.encode()))
print(m[1] == '\U0001f600', ord(m[1]))
for i, c in enumerate('\u03b1\u03b2\u03b3'):
    print(i, c, ord(c))
