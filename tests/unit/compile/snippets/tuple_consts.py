a = (1,)
b = 1,
c = ((), 1)
d = x[1, 2]
for i in 1, 2, 3:
    pass
def f():
    return 1, 2
e = (None, ..., 'abc', b'x', 1.5, 2j)
