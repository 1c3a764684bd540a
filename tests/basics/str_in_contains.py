# substring membership
s = 'the quick brown fox'
for sub in ('quick', 'the', 'fox', '', 'Quick', 'brownfox', ' '):
    print(repr(sub), sub in s, sub not in s)
try:
    1 in 'abc'
except TypeError:
    print('TypeError')
