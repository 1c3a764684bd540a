# str.split() with no separator: runs of whitespace, maxsplit, None sep
print(' \t a \n b\r\x0bc\x0c  '.split())
print('  a  b  c  '.split(None))
print('  a  b  c  '.split(None, 1))
print('  a  b  c  '.split(None, 0))
print('   '.split())
print(''.split(None))
print('word'.split())
for n in range(-1, 4):
    print(n, 'p q r s'.split(None, n))
