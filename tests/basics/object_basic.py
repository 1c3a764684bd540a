# the object base type
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError:
    print('AttributeError on plain object')
class C:
    pass
c = C()
print(isinstance(c, object), issubclass(C, object))
print(str(o).startswith('<object'), repr(c).startswith('<'))
