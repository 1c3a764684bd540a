# Hot calls binding defaults and cells; unary operators.


def d1(a, b=2, c=[]):
    c.append(a)
    return a + b, len(c)


def cellparam(a, b=10):
    def inner():
        return a * b

    a += 1
    return inner()


def make(k):
    def clo(x, y=k):
        return x + y + k

    def clo_cell(x, y=1):
        def g():
            return x + y + k

        return g()

    return clo, clo_cell


class M:
    def __init__(self, v=3):
        self.v = v

    def m(self, a=1, b=2):
        return self.v + a + b

    def mc(self, a, b=5):
        def g():
            return self.v * a + b

        return g()


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v > 0


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Neg:
    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "inv"


def binds(i):
    clo, clo_cell = make(i)
    o = M()
    o2 = M(i)
    r = [d1(i)[0], d1(i, 1)[0], d1(i, 1, [])[1], cellparam(i), cellparam(i, 2), clo(1), clo(1, 2), clo_cell(1), clo_cell(1, 5),
         o.m(), o.m(10), o.m(10, 20), o2.m(), M.m(o2, 5), o.mc(2), o2.mc(2, 0), M(i).v]
    errs = []
    for f, args in ((d1, ()), (d1, (1, 2, 3, 4)), (clo, ()), (clo, (1, 2, 3)), (o.m, (1, 2, 3)), (cellparam, ())):
        try:
            f(*args)
        except TypeError:
            errs.append("TE")
    try:
        d1()
    except TypeError:
        errs.append("TE0")
    try:
        clo(1, 2, 3)
    except TypeError:
        errs.append("TE3")
    try:
        o.mc()
    except TypeError:
        errs.append("TEm")
    return r, errs


def unary(i):
    vals = [0, 1, -1, i, 2**53 - 1, -(2**53) + 1, 2**53, -(2**53), 2**70, 0.0, -0.0, 1.5, True, False, None, "", "a", [], [0], (), {}, Truth(1), Truth(0), Sized(0), Sized(2)]
    out = []
    for v in vals:
        row = [not v, v is not None, v is not v]
        if type(v) in (int, float, bool):
            row += [-v, +v]
            if type(v) is not float:
                row.append(~v)
        out.append(row)
    n = Neg()
    out.append((-n, +n, ~n, not n))
    x = 5
    out.append((-x, - -x, -(-x), not not x, -(x - 5), -x * -x))
    f = 2.5
    out.append((-f, repr(-(f - 2.5)), -f * 2))
    return out


for i in range(2000):
    r = (binds(i), unary(i))
    if i % 999 == 0:
        print(r)
