# Exceptions unwinding many frames, many times, from hot code: the call depth stays right.
def deep(n):
    return deep(n + 1) + 1
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
def thrower(n):
    if n == 0:
        raise KeyError
    return thrower(n - 1)
class BadInit:
    def __init__(self):
        return 1
def via_builtin(n):
    return list(map(lambda x: thrower(x), [n]))
def gen(n):
    yield thrower(n)
c = 0
for i in range(300):
    try:
        deep(0)
    except RuntimeError:
        c += 1
    for f in (thrower, via_builtin, lambda n: next(gen(n)), lambda n: BadInit()):
        try:
            f(20)
        except (KeyError, TypeError):
            c += 1
print(c, rec(800))
