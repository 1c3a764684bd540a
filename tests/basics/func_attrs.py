# function attributes and introspection-free properties
def f():
    'docstring here'
    return 1
print(f.__name__)
def g(): pass
print(g.__name__, callable(g), callable(1))
h = f
print(h.__name__, h is f, h == f)
l = lambda: 0
print(l.__name__)
class C:
    def meth(self):
        return 'meth'
print(C.meth.__name__)
print(C().meth.__name__)
print(type(f).__name__)
