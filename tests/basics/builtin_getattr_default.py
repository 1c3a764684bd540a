# getattr/setattr/hasattr/delattr with defaults and errors
class O:
    a = 1
o = O()
print(getattr(o, 'a'), getattr(o, 'b', 'dflt'), hasattr(o, 'a'), hasattr(o, 'b'))
setattr(o, 'b', 2)
print(o.b, getattr(o, 'b'))
delattr(o, 'b')
print(hasattr(o, 'b'))
try:
    getattr(o, 'missing')
except AttributeError:
    print('AttributeError')
try:
    delattr(o, 'missing')
except AttributeError:
    print('AttributeError del')
try:
    getattr(o, 5)
except TypeError:
    print('TypeError')
print(getattr([], 'append') is not None, getattr(5, 'real', 'no real') if False else 'skip')
