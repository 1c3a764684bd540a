# keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=0, b=2))
try:
    f(1, 2)
except TypeError:
    print('TypeError positional for kw-only')
try:
    f(1)
except TypeError:
    print('TypeError missing kw-only')
def g(*args, key=None):
    return args, key
print(g(1, 2), g(1, key='k'))
def h(*, x=1, y):
    return x, y
print(h(y=2), h(x=5, y=6))
