# UTF-8 encoding of 1-4 byte sequences
for s in ('A', '\xe9', '\u20ac', '\U0001f600', 'a\xe9\u20ac\U0001f600'):
    b = s.encode()
    print(len(s), len(b), b, b.decode() == s)
print(bytes('\u00ff', 'utf-8'))
print(str(b'\xe2\x82\xac', 'utf-8') == '\u20ac')
