# Loops that become hot while running (compiled mid-loop): the stack, handlers and iterators carry over.
import math

try:
    import cmath
except ImportError:
    cmath = None


class CM:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *a):
        self.log.append("exit")


def gen(n):
    for i in range(n):
        yield i


def one_call():
    log = []
    total = 0
    outer = ["a", "b", "c"]
    with CM(log):
        for name in outer:
            for j in gen(3):
                try:
                    k = 0
                    while k < 400:
                        try:
                            if k % 97 == 96:
                                raise ValueError(k)
                            total += k * j
                        except ValueError as e:
                            total -= e.args[0]
                        finally:
                            k += 1
                    for x in [1, 2, 3] * 50:
                        total += x
                    for x in range(2**53 - 3, 2**53 + 3):
                        total += x & 7
                    for x in range(10**20, 10**20 + 200, 7):
                        total += x % 11
                finally:
                    log.append((name, j))
    return total, log


print(one_call())


def bigrange():
    out = []
    for x in range(2**53 - 2, 2**53 + 2):
        out.append(x)
    for x in range(-(2**53) - 2, -(2**53) + 2):
        out.append(x)
    for x in range(2**53 + 1, 2**53 - 3, -1):
        out.append(x)
    return out


r = None
for i in range(1500):
    r = bigrange()
print(r, [type(x).__name__ for x in r] == ["int"] * len(r))

# module attributes at one site: modules are not cached by type
mods = [math, math]
if cmath is not None:
    mods.append(cmath)


def use_mods():
    return [str(m.sqrt(4)) for m in mods]


for i in range(1500):
    r = use_mods()
print(r[0], r[1], len(set(r)) == len(mods) - 1)


# a loop whose body swaps the iterated list and its items' types mid-way
def mixed():
    acc = []
    vals = [1, 2.5, "s", (1,), None, 2**70, True]
    for i in range(700):
        v = vals[i % len(vals)]
        try:
            acc.append(v + v)
        except TypeError:
            acc.append("TE")
    return acc[-7:], len(acc)


print(mixed())
