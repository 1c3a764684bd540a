def f(*, a=1, b):
    return a
def g(x, *, y=2):
    return y
def h(p=1, *q, r=3, **s):
    pass
