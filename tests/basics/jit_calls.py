# Calls from hot code: every kind of callable and argument passing.


def f0():
    return 0


def f2(a, b):
    return a - b


def fdef(a, b=10, *, c=100):
    return a + b + c


def fstar(*args, **kw):
    return len(args), sorted(kw.items())


def fmix(a, b=2, *rest, k=3, **kw):
    return a, b, rest, k, sorted(kw)


def make_adder(n):
    def add(x):
        return x + n

    return add


def make_counter():
    c = 0

    def inc(k=1):
        nonlocal c
        c += k
        return c

    return inc


class K:
    def __init__(self, v):
        self.v = v

    def meth(self, a, b=1):
        return self.v * a + b

    @staticmethod
    def st(x):
        return x * 3

    @classmethod
    def cm(cls, x):
        return cls.__name__, x

    def __call__(self, x):
        return ("called", self.v, x)


class BadInit:
    def __init__(self, r):
        return r


class WithNew:
    def __new__(cls, v):
        if v < 0:
            return "negative"
        o = object.__new__(cls)
        o.v = v
        return o


def gen(n):
    for i in range(n):
        yield i


def calls(i):
    k = K(i)
    bm = k.meth
    add5 = make_adder(5)
    args = (1, 2)
    kw = {"c": 1}
    r = [
        f0(),
        f2(i, 1),
        f2(b=1, a=i),
        f2(*args),
        fdef(1),
        fdef(1, 2),
        fdef(1, c=3),
        fdef(1, **kw),
        fdef(*args, **kw),
        fstar(),
        fstar(1, 2, x=1),
        fstar(*range(3), **{"y": 2}),
        fmix(1),
        fmix(1, 2, 3, 4, k=5, z=6),
        add5(i),
        k.meth(2),
        k.meth(2, b=0),
        bm(3),
        K.meth(k, 4),
        k.st(2),
        K.st(2),
        k.cm(1),
        K.cm(2),
        k(7),
        list(gen(3)),
        sum(gen(i % 10)),
        len("abc"),
        max(1, i, 3),
        sorted([3, 1, 2], key=lambda x: -x),
        (lambda *a: a)(1, 2),
        WithNew(i).v,
        WithNew(-1),
        divmod(i, 7),
        isinstance(k, K),
        getattr(k, "v"),
    ]
    return r


def errors(i):
    out = []
    for f, a, kw in ((f2, (1,), {}), (f2, (1, 2, 3), {}), (fdef, (), {}), (f2, (1,), {"a": 2}), (fdef, (1,), {"d": 1})):
        try:
            f(*a, **kw)
        except TypeError:
            out.append("TypeError")
    try:
        BadInit(None)
        out.append("ok")
        BadInit(i)
    except TypeError:
        out.append("init TypeError")
    try:
        f2(1)
    except TypeError:
        out.append("TypeError")
    try:
        (i, None)[1]()
    except TypeError:
        out.append("not callable")
    return out


def counters():
    c = make_counter()
    for j in range(5):
        c()
    c(10)
    return c()


def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)


def deep(n):
    return deep(n + 1)


res = None
for i in range(2000):
    r = (calls(i), errors(i), counters(), rec(50))
    if i % 999 == 0:
        print(r)

for i in range(3):
    try:
        deep(0)
    except RuntimeError:
        # RecursionError in CPython, a subclass of RuntimeError
        print("recursion", i)
print(rec(200))
