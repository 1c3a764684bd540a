def f(a, b, *c, d, **e):
    def g():
        return a, c, d, e
    return g
def h(x):
    x = x + 1
    return lambda: x
