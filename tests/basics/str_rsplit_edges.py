# str.rsplit with and without separator and maxsplit
print('a,b,c,d'.rsplit(',', 0))
print('a,b,c,d'.rsplit(',', 1))
print('a,b,c,d'.rsplit(',', 2))
print('a,b,c,d'.rsplit(',', -1))
print(',a,b,'.rsplit(','))
print('  a  b  c  '.rsplit())
print('aaaa'.rsplit('aa'))
print('aaaaa'.rsplit('aa', 1))
print('xyz'.rsplit('q'))
print(''.rsplit(','))
try:
    'abc'.rsplit('')
except ValueError:
    print('ValueError')
