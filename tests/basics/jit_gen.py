# Generators, yield from, send/throw/close, comprehensions, closures and walrus in hot code.


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done%d" % n


def delegate(n):
    r = yield from counter(n)
    yield r
    r2 = yield from [10, 20]
    yield r2


def catcher():
    log = []
    while True:
        try:
            v = yield len(log)
            log.append(v)
        except ValueError as e:
            log.append(("VE", e.args[0]))
        except GeneratorExit:
            log.append("exit")
            raise
        finally:
            log.append("f")


def outer_catcher():
    yield from catcher()


def gen_ops(i):
    out = []
    g = counter(5)
    out.append(next(g))
    out.append(g.send(3))
    out.append(list(g))
    out.append(list(delegate(3)))
    d = delegate(4)
    out.append(next(d))
    out.append(d.send(2))
    out.append(next(d))
    c = outer_catcher()
    out.append(next(c))
    out.append(c.send("a"))
    out.append(c.throw(ValueError(i)))
    out.append(c.send("b"))
    c.close()
    try:
        next(c)
    except StopIteration:
        out.append("stopped")
    g2 = counter(3)
    try:
        g2.throw(KeyError("k"))
    except KeyError:
        out.append("KeyError out")
    g3 = counter(2)
    next(g3)
    try:
        g3.throw(KeyError)
    except KeyError:
        out.append("KeyError mid")
    out.append(list(g3))
    try:
        while True:
            next(g)
    except StopIteration as e:
        out.append(("stop", e.args))
    return out


def stop_value():
    g = counter(1)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        return e.value


def comps(i):
    n = i % 7 + 3
    lst = [x * x for x in range(n) if x % 2]
    st = sorted({x % 3 for x in range(n)})
    dc = {x: x + i for x in range(3)}
    gn = sum(x for x in range(n))
    nested = [(x, y) for x in range(3) for y in range(x) if x + y > 1]
    return lst, st, dc, gn, nested


def closures(i):
    fs = [lambda x, k=k: x + k for k in range(3)]
    gs = []
    for k in range(3):
        def g(x):
            return x * k

        gs.append(g)
    acc = 0

    def add(v):
        nonlocal acc
        acc += v
        return acc

    for k in range(4):
        add(k)

    def mk():
        total = [0]

        def f():
            total[0] += 1
            return total[0]

        return f

    c = mk()
    c()
    c()
    return [f(i) for f in fs], [g(2) for g in gs], acc, c()


def walrus(i):
    out = []
    data = [1, 5, 2, 8, 3]
    if (n := len(data)) > 3:
        out.append(n)
    while (k := data.pop()) != 2:
        out.append(k)
    out.append([y for x in range(5) if (y := x * i % 7) > 2])
    return out, y


def unpack(i):
    a, b = i, i + 1
    (c, d), e = (a, b), 3
    f, *g = [1, 2, 3]
    *h, j = "xyz"
    k, l = {1: 2, 3: 4}
    m, n = range(2)
    p, q, r = (x for x in "abc")
    errs = []
    for bad in ([1], [1, 2, 3], "a", iter([1, 2, 3])):
        try:
            s, t = bad
        except ValueError:
            errs.append("ValueError")
    return a, b, c, d, e, f, g, h, j, k, l, m, n, p, q, r, errs


def loops(i):
    out = []
    for x in range(i % 5, 10, 3):
        out.append(x)
    for x in range(10, i % 5, -4):
        out.append(x)
    for x in range(0):
        out.append("never")
    lst = [1, 2, 3]
    for x in lst:
        if x == 1:
            lst.append(4)
        out.append(x)
    for x in (5, 6):
        out.append(x)
    for c in "ab":
        out.append(c)
    for k, v in {1: "a", 2: "b"}.items():
        out.append((k, v))
    for x in iter([7, 8]):
        out.append(x)
    for j, x in enumerate(counter(3)):
        out.append((j, x))
    for x, y in zip(range(3), "abc"):
        out.append(x)
    for x in range(5):
        if x == 3:
            break
    else:
        out.append("no")
    for x in range(2):
        pass
    else:
        out.append("else")
    while True:
        i //= 2
        if i < 10:
            break
    out.append(i)
    return out


for i in range(2000):
    r = (gen_ops(i), stop_value(), comps(i), closures(i), walrus(i), unpack(i), loops(i))
    if i % 999 == 0:
        print(r)
