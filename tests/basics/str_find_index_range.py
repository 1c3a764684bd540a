# find/rfind/index/rindex with start and end arguments
s = 'abcabcabc'
print(s.find('b'), s.find('b', 2), s.find('b', 2, 4), s.find('b', 2, 3))
print(s.rfind('b'), s.rfind('b', 0, 7), s.rfind('b', 0, 1))
print(s.find('b', -3), s.find('b', -100), s.find('b', 100))
print(s.find(''), s.find('', 4), s.find('', 9))
print(s.rfind(''), s.rfind('', 0, 3))
print(s.index('c'), s.index('c', 3), s.rindex('a'), s.rindex('a', 0, 5))
print(s.find('cab', 1, 5), s.find('cab', 1, 6))
for f in (s.index, s.rindex):
    try:
        f('z')
    except ValueError:
        print('ValueError')
try:
    s.index('a', 1, 3)
except ValueError:
    print('ValueError range')
