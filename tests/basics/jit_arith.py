# Arithmetic and comparisons in hot code: small ints overflowing to big ints, float/int mixes, bools.


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v or o is None

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, V) else o)

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.v)

    def __hash__(self):
        return 0


def ops(a, b):
    r = [a + b, a - b, a * b, -a, +a, ~a if type(a) is int else 0]
    if b:
        r += [a // b, a % b, a / b, divmod(a, b)]
    if type(a) is int and type(b) is int:
        r += [a & b, a | b, a ^ b, a >> (abs(b) % 70), a << (abs(b) % 70)]
    r += [a < b, a <= b, a > b, a >= b, a == b, a != b]
    x = a
    x += b
    x -= 1
    x *= 3
    r.append(x)
    return r


def accum(n):
    # grows past 2**53 and back
    s = 1
    for i in range(n):
        s = s * 3 + i
    t = s
    for i in range(n):
        t = (t - i) // 3
    return s, t, s.bit_length() if hasattr(s, "bit_length") else 0


def shifts():
    out = []
    for k in (1, 31, 32, 52, 53, 63, 64, 100):
        out.append((1 << k, -1 << k, (1 << k) >> (k - 1), (-(1 << k)) >> 1, 3 << k))
    return out


def mixes(i):
    f = i * 0.5
    return (i + f, f + i, i * f, f - i, i / 2, i // 2.0, i % 2.5, i == f, i < f, f <= i, 2**53 + 1 == 2.0**53 + 1,
            True + True, True * 5, False - 1, 3 // True, i & True, 10**20 // 7, -(10**20) % 7, 10**20 * 0.5 > 1)


def compares(i):
    v = V(i)
    w = V(i)
    return (v == w, v != w, v == None, None == v, v != None, v is None, None is None, i == None, None != i,
            v < 5, v + 1 == V(i + 1), 1 + v == V(i + 1), [1, 2] < [1, 3], (1, 2) == (1, 2), "a" < "b", "ab" == "a" + "b",
            1 == 1.0, 1 == True, 2**64 == 2**64, 2**64 > 2**63, -(2**64) < 1, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))


big = 2**62
cases = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (big, 3), (-big, big), (2**53 - 1, 1), (-(2**53) + 1, -1),
         (2**30, 2**30), (2**26, 2**27), (3.5, 2), (2, 0.25), (-2.5, -1.5), (True, 2), (2**100, 2**99), (2**31, -1)]
res = {}
for i in range(2000):
    for a, b in cases:
        res[(a, b)] = ops(a, b)
    acc = accum(40)
    sh = shifts()
    mx = mixes(i)
    cp = compares(i)
    if i % 999 == 0:
        print(mx, cp)
for k in cases:
    print(k, res[k])
print(acc)
print(sh)
