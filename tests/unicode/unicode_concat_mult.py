# concatenation and repetition of multi-byte strings
a = '\u20ac'
b = a * 3
print(b, len(b), b[1], b[-1:])
c = a + 'x' + '\U0001f600'
print(c, len(c), c[2])
print(('\xe9' * 4).count('\xe9'), ('\xe9' * 4).find('\xe9\xe9', 1))
