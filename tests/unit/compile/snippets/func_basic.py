def f(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d

def g():
    pass

def h(x):
    y = x * 2
    return y

print(f(1, c=3), g(), h(4))
