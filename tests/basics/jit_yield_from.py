# yield from a user iterator and a generator (send/throw into it) and in-place operators, in hot code.
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(("val", self.n))
        return self.n
def deleg():
    r = yield from It()
    yield r
    r = yield from inner()
    yield r
def inner():
    try:
        x = yield "i1"
        yield ("got", x)
    except KeyError as e:
        yield ("ke", e.args)
    return "inner done"
def drive(i):
    out = []
    g = deleg()
    out.append(next(g)); out.append(next(g)); out.append(next(g)); out.append(next(g))
    if i % 2:
        out.append(g.throw(KeyError(i)))
    else:
        out.append(g.send(i))
    out.append(next(g))
    out.append(list(g))
    return out
def inplace(i):
    l = [1]
    l2 = l
    l += [i]
    l *= 2
    t = (1,)
    t2 = t
    t += (2,)
    s = "a"
    s += "b"
    s *= 2
    d = {1: 2}
    d |= {3: 4}
    st = {1}
    st2 = st
    st |= {2}
    return l is l2, l, t2, t, s, d, st2
for i in range(2000):
    r = (drive(i), inplace(i))
    if i >= 1998:
        print(r)
