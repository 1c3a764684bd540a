a, b = b, a
a, b, c = c, b, a
a, *b = x
*a, b, c = x
[a, b] = x
a = b = c = 1
x.y = 1
x[1] = 2
x.y += 1
x[i] += 2
a += 1
a -= 1
a *= 2
a //= 3
a **= 2
a |= 1
a >>= 2
del a
del x.y, x[1]
del (a, b)
x: int = 5
y: int
