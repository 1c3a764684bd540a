# subclassing builtin types
class MyList(list):
    def total(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), l[1:])
class MyDict(dict):
    def __missing__(self, key):
        return 'missing:' + key
d = MyDict(a=1)
print(d['a'])
class Str(str):
    def shout(self):
        return self.upper() + '!'
s = Str('hi')
print(s.shout(), s + 'x', len(s))
class MyExc(ValueError):
    pass
try:
    raise MyExc('bad', 2)
except ValueError as e:
    print(type(e).__name__, e.args)
class Num(int):
    def double(self):
        return self * 2
n = Num(21)
print(n.double(), n + 1)
class MyObj(object):
    pass
print(type(MyObj()).__name__)
