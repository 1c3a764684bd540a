# Subscript loads and stores in hot code: fast paths for list and dict, and everything else.


class L(list):
    def __getitem__(self, i):
        return ("L", self.copy()[i])

    def __setitem__(self, i, v):
        self.stored = (i, v * 10)


class PlainL(list):
    pass


class D(dict):
    def __missing__(self, k):
        return ("missing", k)


class D2(dict):
    def __getitem__(self, k):
        return ("D2", k)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return "K(%r)" % self.v

    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v


def loads(lst, tup, s, d, i):
    out = []
    out.append(lst[i])
    out.append(lst[-1])
    out.append(lst[-len(lst)])
    out.append(lst[True])
    out.append(lst[False])
    out.append(tup[i])
    out.append(tup[-2])
    out.append(s[i])
    out.append(s[-1])
    out.append(d[1])
    out.append(d[1.0])
    out.append(d[True])
    out.append(d[(1, 2)])
    out.append(d[K(3)])
    out.append(lst[1:-1])
    out.append(lst[::-1][i])
    return out


def errors(lst, d, i):
    out = []
    for k in (len(lst), -len(lst) - 1, 100):
        try:
            lst[k]
        except IndexError:
            out.append("IndexError")
    try:
        d["nope"]
    except KeyError as e:
        out.append(("KeyError", e.args))
    try:
        d[[1]]
    except TypeError:
        out.append("TypeError")
    try:
        lst["x"]
    except TypeError:
        out.append("TypeError")
    try:
        lst[k] = 1
    except IndexError:
        out.append("IndexError store")
    try:
        del lst[k]
    except IndexError:
        out.append("IndexError del")
    return out


def stores(lst, d, i):
    lst[i] = "a"
    lst[-1] = "z"
    lst[True] = "t"
    d[1] = "one"
    d[2.0] = "two"
    d[False] = "f"
    d[K(5)] = "k5"
    lst[0:1] = ["s", "s"]
    del lst[0]
    del d[2]
    return lst, sorted(d.items(), key=repr)


def subclasses(i):
    l = L([1, 2, 3])
    p = PlainL([4, 5, 6])
    d = D({1: 2})
    d2 = D2({1: 2})
    l[1] = i
    p[-1] = i
    p[0] += 1
    return l[0], l[1], l[-1], l.stored, p[0], p[-1], p[True], d[1], d[i], d2[1], list(l), list(p)


res = []
for i in range(2000):
    d = {1: "one", True: "x", (1, 2): "tuple", K(3): "k3"}
    d[False] = 0
    r = (
        loads([10, 20, 30, 40], (1, 2, 3, 4), "abcd", d, i % 4),
        errors([1, 2, 3], d, i),
        stores([0, 1, 2, 3], {2: 3, 0: 9}, i % 4),
        subclasses(i),
    )
    if i % 999 == 0:
        res.append(r)
for r in res:
    print(r)
