# find/index/replace/count report code-point positions
s = '\u03b1\u03b2\u03b3\u03b1\u03b2\u03b3'
print(s.find('\u03b3'), s.rfind('\u03b3'), s.index('\u03b2\u03b3'), s.rindex('\u03b1'))
print(s.count('\u03b1'), s.replace('\u03b2', 'b'), s.replace('\u03b1', '\U0001f600', 1))
t = '\xe9t\xe9 \u20ac'
print(t.find(' '), t.find('\u20ac'), t.find('x'), t.find('t', 1), t.find('\xe9', 1))
print(t.split(' '), t.partition('t'), t.startswith('\xe9'), t.endswith('\u20ac'))
