# The compiled tier keeps stack items in registers within a block: stack shuffles and evaluation order.
log = []


def t(tag, v):
    log.append(tag)
    return v


def chained(a, b, c):
    r = 0
    if a < b < c:
        r += 1
    if a < b > c:
        r += 2
    if a == a <= b != c:
        r += 4
    if t("x", a) < t("y", b) < t("z", c):
        r += 8
    return r


def swaps(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    x = y = a + b
    p = q = 5
    n1 = n2 = None
    return (a, b, c, x, y, p, q, n1, n2)


class O:
    def __init__(self):
        self.v = 1
        self.l = [1, 2, 3]


def aug(lst, d, o, i):
    lst[i] += 1
    lst[-1] *= 2
    d["k"] += 1
    d[t("key", "j")] = t("val", 7)
    o.v += 3
    o.l[i] -= 1
    lst[t("idx", i)] += t("inc", 10)
    return lst[i], d["k"], o.v, o.l[i]


def order(a):
    return (t("a", a), t("b", a + 1), [t("c", 1), t("d", 2)], {1: t("f", 2)})


def cond_expr(a, b):
    x = a if a > b else b
    y = a and b
    z = a or b
    w = not a
    return x, y, z, w


res = []
for i in range(2000):
    log.clear()
    r = (
        chained(1, 2, 3),
        chained(3, 2, 1),
        chained(1, 3, 2),
        chained(1.5, 2.5, 2),
        swaps(i, i + 1, i + 2),
        aug([1, 2, 3], {"k": i}, O(), i % 3),
        order(i),
        cond_expr(i, 1000),
        cond_expr(0, i),
        tuple(log),
    )
    if i % 500 == 0 or i == 1999:
        res.append(r)
for r in res:
    print(r)
