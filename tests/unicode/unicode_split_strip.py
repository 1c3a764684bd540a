# split/strip/join on non-ASCII text
s = ' \u4e00 \u4e8c  \u4e09 '
print(s.split(), s.strip(), len(s.strip()))
print('\xe9a\xe9'.strip('\xe9'), '\u20ac,\u20ac'.split(','))
print('\u2192'.join(['a', 'b', 'c']))
print('\U0001f600x\U0001f600'.lstrip('\U0001f600'), '\U0001f600x\U0001f600'.rstrip('\U0001f600'))
