# deep recursion with generators and closures
def gen(n):
    yield from gen(n + 1)
try:
    list(gen(0))
except RuntimeError:
    print('RuntimeError from recursive yield from')
def nested(n):
    def inner():
        return nested(n + 1)
    return inner()
try:
    nested(0)
except RuntimeError:
    print('RuntimeError from closure recursion')
def lam():
    f = lambda n: f(n + 1)
    return f(0)
try:
    lam()
except RuntimeError:
    print('RuntimeError from lambda recursion')
def tree(d):
    if d == 0:
        yield d
        return
    for x in tree(d - 1):
        yield x + 1
print(list(tree(30)))
