# find/rfind/index/rindex/count/startswith/endswith
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.find(''), s.find('o', 20, 30))
print(s.rfind('the'), s.rfind('o'), s.rfind('zzz'), s.rfind('o', 0, 15))
print(s.index('quick'), s.rindex('o'))
try:
    s.index('cat')
except ValueError:
    print('ValueError index')
try:
    s.rindex('cat')
except ValueError:
    print('ValueError rindex')
print(s.count('o'), s.count('the'), s.count('x'), 'aaaa'.count('aa'), 'abc'.count(''), s.count('o', 0, 20))
print(s.startswith('the'), s.startswith('quick', 4), s.startswith(('a', 't')), s.endswith('dog'), s.endswith('lazy', 0, -4))
print(s.endswith(('cat', 'dog')), ''.startswith(''), 'a'.endswith(''))
