# dict with many keys, collisions and deletions
d = {}
for i in range(5000):
    d[i * 64] = i
print(len(d), d[64 * 4999], 64 in d, 65 in d)
for i in range(0, 5000, 3):
    del d[i * 64]
print(len(d), sum(d.values()))
s = {}
for i in range(2000):
    s['key%d' % i] = i
print(len(s), s['key1234'], 'key2000' in s)
for k in list(s):
    if s[k] % 2:
        del s[k]
print(len(s))
t = {}
for i in range(500):
    t[(i, str(i))] = i
print(t[(42, '42')], len(t))
neg = {-i: i for i in range(100)}
print(neg[-99], len(neg))
f = {i / 4: i for i in range(40)}
print(f[2.5], f[2], len(f))
