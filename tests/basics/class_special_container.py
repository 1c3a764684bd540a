# container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Box:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
b = Box()
b['a'] = 1
b['b'] = 2
print(len(b), b['a'], 'a' in b, 'z' in b, 'z' not in b)
del b['a']
print(len(b), list(b))
try:
    b['missing']
except KeyError:
    print('KeyError')
print(bool(b))
del b['b']
print(bool(b))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for x in Seq():
    print('seq', x)
class Sl:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        return ('index', k)
s = Sl()
print(s[1], s[1:2], s[::3], s[:5:-1], s['key'])
