# ** unpacking, merging and keyword-only arguments
def f(a, b, c=0, **rest):
    return a, b, c, sorted(rest.items())
d1 = {'b': 2}
d2 = {'c': 3, 'z': 26}
print(f(1, **d1, **d2))
print(f(*[1], **{'b': 'B'}))
print(f(**{'a': 'A', 'b': 'B', 'extra': 'E'}))
try:
    f(1, **{'a': 2, 'b': 3})
except TypeError:
    print('TypeError duplicate')
def kw(*, x, y=2):
    return x, y
print(kw(x=1), kw(y=5, x=0))
