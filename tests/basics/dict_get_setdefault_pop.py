# get/setdefault/pop with and without defaults
d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0))
print(d.setdefault('a', 5), d.setdefault('b', 7), d.setdefault('c'), sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop('a'), d.pop('zz', 'dflt'), sorted(d))
try:
    d.pop('zz')
except KeyError:
    print('KeyError')
print(d.pop('c'), d)
