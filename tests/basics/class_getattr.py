# __getattr__ fallback, __setattr__ and __delattr__
class Dyn:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dyn:' + name
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, d.x1)
try:
    d.other
except AttributeError:
    print('AttributeError')
print(getattr(d, 'xq'), getattr(d, 'q', 'default'), hasattr(d, 'q'))
class Logged:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
l = Logged()
l.a = 1
l.b = 'two'
print(l.a, l.b)
del l.a
print(hasattr(l, 'a'))
