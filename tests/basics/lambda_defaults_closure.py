# lambdas with defaults, keyword args, varargs and closures
f = lambda a, b=2, *args, c=3, **kw: (a, b, args, c, sorted(kw.items()))
print(f(1))
print(f(1, 5, 6, 7, c=8, z=9))
add = lambda n: lambda x: x + n
print(add(3)(4), (lambda: 'immediate')(), (lambda *a: len(a))(1, 2, 3))
print(sorted([(1, 'b'), (0, 'c')], key=lambda p: p[1]))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])))
