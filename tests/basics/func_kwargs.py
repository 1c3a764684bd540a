# keyword arguments and **kwargs
def f(a, b, c=3):
    return a * 100 + b * 10 + c
print(f(1, 2))
print(f(b=2, a=1))
print(f(1, c=5, b=0))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw())
print(kw(x=1, y=2))
def mixed(a, *args, b=0, **kw):
    return a, args, b, sorted(kw.items())
print(mixed(1))
print(mixed(1, 2, 3, b=4, c=5, d=6))
d = {'a': 7, 'b': 8}
print(f(**d))
print(kw(**d, z=1))
try:
    f(1, 2, a=3)
except TypeError:
    print('TypeError multiple values')
try:
    f(1, 2, zz=3)
except TypeError:
    print('TypeError unexpected keyword')
def only_kw(**k):
    return len(k)
print(only_kw(**{}))
