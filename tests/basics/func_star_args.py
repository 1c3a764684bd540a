# *args collection and call-site unpacking
def f(*args):
    return args
print(f())
print(f(1))
print(f(1, 2, 3))
print(f(*[4, 5]))
print(f(*'ab', *(1, 2)))
print(f(0, *range(3), 9))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2, 3]))
print(g(1, *[2, 3]))
print(g(*(1, 2), 3))
print(g(*'xyz'))
def h(first, *rest):
    return first, rest
print(h(1), h(1, 2), h(*[1, 2, 3]))
args = (1, 2)
kwargs = {'c': 3}
print(g(*args, **kwargs))
print(type(f()).__name__)
def gen():
    yield 1
    yield 2
print(f(*gen()))
