# a variable captured inside a loop body is one shared cell
def f():
    fns = []
    for n in range(3):
        x = n * 10
        fns.append(lambda: x)
    return [g() for g in fns]
print(f())
def g():
    fns = []
    for n in range(3):
        def mk(x):
            return lambda: x
        fns.append(mk(n * 10))
    return [h() for h in fns]
print(g())
