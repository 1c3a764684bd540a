# str.partition / rpartition corner cases
print('abc'.partition('a'))
print('abc'.partition('c'))
print('abc'.partition('abc'))
print('abc'.partition('abcd'))
print(''.partition('x'))
print('aXbXc'.partition('X'))
print('aXbXc'.rpartition('X'))
print('abc'.rpartition('a'))
print('abc'.rpartition('c'))
print(''.rpartition('x'))
print('a--b--c'.partition('--'))
print('a--b--c'.rpartition('--'))
for sep in ('', None, 1):
    try:
        'abc'.partition(sep)
    except ValueError:
        print('ValueError')
    except TypeError:
        print('TypeError')
