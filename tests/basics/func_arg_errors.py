# calling functions with wrong arguments raises TypeError
def f(a, b=2, *, c):
    return a, b, c
print(f(1, c=3), f(1, 5, c=3))
for call in (lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=1, d=2), lambda: f(1, a=1, c=2)):
    try:
        call()
    except TypeError:
        print('TypeError')
def g(*args, **kw):
    return len(args), sorted(kw)
print(g(), g(1, 2, x=3), g(*[1, 2], **{'y': 1}))
