# class vs instance attributes, getattr/setattr/hasattr/delattr
class C:
    a = 1
    lst = []
c1 = C()
c2 = C()
c1.lst.append('shared')
print(c2.lst)
c1.a = 10
print(c1.a, c2.a, C.a)
del c1.a
print(c1.a)
print(getattr(c1, 'a'), getattr(c1, 'missing', 'dflt'))
setattr(c1, 'b', 5)
print(c1.b, hasattr(c1, 'b'), hasattr(c2, 'b'))
delattr(c1, 'b')
print(hasattr(c1, 'b'))
try:
    getattr(c1, 'nope')
except AttributeError:
    print('AttributeError')
C.added = lambda self: 'method added later'
print(c2.added())
print('a' in C.__dict__, 'zz' in C.__dict__)
o = C()
o.x = 1
print(o.__dict__)
