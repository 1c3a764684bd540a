# comparison of non-ASCII strings orders by code point
words = ['\xe9', 'e', 'z', '\u20ac', '\U0001f600', 'E', '\xff']
print(sorted(words))
print('\xe9' > 'z', '\u20ac' < '\U0001f600', 'a\xe9' < 'a\xea')
print(max(words), min(words))
print('\xe9' == '\u00e9', hash('\u20ac') == hash('\u20ac'))
