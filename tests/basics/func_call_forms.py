# call forms: mixing positional, keyword, *args and **kwargs
def f(a, b=0, *args, c=1, **kw):
    return a, b, args, c, sorted(kw.items())
print(f(1))
print(f(1, 2, 3, 4))
print(f(1, c=5))
print(f(*[1, 2], *[3], c=4, **{'d': 5}))
print(f(a=9))
print(f(1, 2, 3, **{'c': 7, 'z': 8}))
print(f(1, *(), **{}))
def g(*args, **kwargs):
    return len(args), len(kwargs)
print(g(*range(100)), g(**{str(i): i for i in range(50)}))
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
print(f(1, b=2, c=3, d=4))
