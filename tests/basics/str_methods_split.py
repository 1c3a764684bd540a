# split, rsplit, splitlines, partition, rpartition, join
print('a b  c'.split(), 'a b  c'.split(' '), '  lead and trail  '.split())
print('a,b,,c'.split(','), 'a,b,c'.split(',', 1), ''.split(), ''.split(','))
print('a::b::c'.split('::'), 'abc'.split('abc'))
print('a b c d'.rsplit(' ', 1), 'a,b,c'.rsplit(','), 'a b c'.rsplit())
print('l1\nl2\r\nl3\n'.splitlines(), 'x\n\ny'.splitlines(), ''.splitlines(), 'no newline'.splitlines())
print('l1\nl2\n'.splitlines(True))
print('key=value=x'.partition('='), 'nokey'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('x'))
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ' '.join(str(i) for i in range(3)))
try:
    ','.join([1, 2])
except TypeError:
    print('TypeError join non-str')
try:
    'a'.split('')
except ValueError:
    print('ValueError empty separator')
