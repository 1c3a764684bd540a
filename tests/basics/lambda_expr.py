# lambda expressions
sq = lambda x: x * x
print(sq(7))
print((lambda: 'noargs')())
print((lambda a, b=2, *c, **d: (a, b, c, sorted(d)))(1, 3, 4, z=5))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda *, k: k)(k='kw'))
fs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in fs])
print((lambda x: (yield x))(1).__class__.__name__ if False else 'ok')
