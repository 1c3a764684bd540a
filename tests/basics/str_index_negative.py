# str indexing with negative indexes and out-of-range errors
s = 'python'
print(s[0], s[-1], s[-6], s[5])
for i in (6, -7, 100):
    try:
        s[i]
    except IndexError:
        print('IndexError', i)
try:
    s['a']
except TypeError:
    print('TypeError')
try:
    s[0] = 'P'
except TypeError:
    print('TypeError assign')
