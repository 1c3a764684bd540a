def gen(n):
    for i in range(n):
        yield i
    yield
    x = yield 5
    yield from other()
    return 3

g = (x * 2 for x in range(10) if x % 2)
l = [x for x in y]
s = {x for x in y if x}
d = {k: v for k, v in items}
n = [a + b for a in x for b in y if a if b]
