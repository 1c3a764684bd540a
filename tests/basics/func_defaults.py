# default argument values
def f(a, b=2, c='c'):
    return (a, b, c)
print(f(1))
print(f(1, 5))
print(f(1, 5, 6))
print(f(1, c=9))
# defaults are evaluated once, at definition time
n = 10
def g(x=n):
    return x
n = 20
print(g())
def acc(item, lst=[]):
    lst.append(item)
    return lst
print(acc(1), acc(2))
print(acc(3, []))
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default())
def expr_default(a=1 + 2, b=[i * i for i in range(3)]):
    return a, b
print(expr_default())
