# strip/lstrip/rstrip/replace/center
print(repr('  x  '.strip()), repr('  x  '.lstrip()), repr('  x  '.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), '\t\n x \r'.strip(), repr(''.strip()))
print('www.example.com'.lstrip('w.'), 'file.txt...'.rstrip('.'))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'))
print('hello world'.replace('o', '0').replace('l', '1'), 'aXbXc'.replace('X', ''))
print(repr('hi'.center(6)), repr('hi'.center(8)), repr('long'.center(2)))
