# strip/lstrip/rstrip with character sets
s = 'xxhixyx'
print(s.strip('x'), s.lstrip('x'), s.rstrip('x'))
print(s.strip('xy'), s.lstrip('yx'), s.rstrip('xy'))
print('hello'.strip(''), 'hello'.strip('helo'))
print('  \t\n spaced \r\n '.strip())
print(repr('  a  '.lstrip()), repr('  a  '.rstrip()))
print(repr(''.strip()), repr(''.strip('ab')))
print('www.example.com'.strip('cmowz.'))
print('abcabc'.strip('cba'))
print('123abc321'.strip('0123456789'))
try:
    'abc'.strip(5)
except TypeError:
    print('TypeError')
