# identity comparisons
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, type(1) is int)
x = object()
print(x is x, x is object())
def f():
    pass
print(f is f, f() is None)
t = ()
u = t
print(t is u, '' == '')
s = 'abc'
print(s is s)
