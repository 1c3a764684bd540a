a = b if c else d
a = b and c or d
a = not b
a = b < c < d
a = b is not c
a = b not in c
a = -b
a = ~b
a = +b
a = b ** c
a = b // c % d @ e
a = (b, c)
a = [b, c]
a = {b, c}
a = {b: c, d: e}
a = {}
a = ()
a = x[1:2]
a = x[::2]
a = x[1:]
a = x[:, 1]
a = x.y.z
a = x[y][z]
a = f(*args, **kw)
a = f(a, *b, c, k=1, **d)
a = f(**d)
a = lambda x, y=2: x + y
a = (y := 10)
