def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, len(args), c, d, len(kw))
f(1, c=3)
f(1, 5, 6, 7, c=8, d=9, e=10)
f(*[1, 2, 3], **{'c': 5})
def g(x, y):
    return x - y
print(g(y=1, x=10), g(*(5, 3)))
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, z=2), lambda: g(1, x=2), lambda: f(1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e.args[0])
def outer():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
i1 = outer()
i1(); i1(5)
print(i1())
fs = [lambda x, i=i: x + i for i in range(3)]
print([h(10) for h in fs])
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(10000))
try:
    deep(100000)
except RuntimeError as e:
    print('RuntimeError', e.args[0])
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=1), kwonly(a=1, b=5))
try:
    kwonly(b=2)
except TypeError as e:
    print('TypeError', e.args[0])
def star(*a, **k):
    return len(a), sorted(k)
print(star(1, 2, x=3) == (2, ['x']))
