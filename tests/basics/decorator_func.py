# function decorators
def trace(f):
    def wrapper(*args, **kw):
        print('calling', f.__name__, args)
        r = f(*args, **kw)
        print('returned', r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('there'))
def d1(f):
    return lambda: 'd1(' + f() + ')'
def d2(f):
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry, one() is None)
