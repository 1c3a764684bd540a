# generators: generator functions, yield from, generator expressions, and list/dict/set
# comprehensions feeding sum/max/min/any/all/zip/enumerate.
N = 60000
REPS = 50


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chained(n):
    yield from count_up(n)
    yield from range(n, 0, -1)


def pipeline(n):
    squares = (x * x for x in evens(count_up(n)))
    return sum(s % 1000 for s in squares)


def windows(seq, k):
    for i in range(len(seq) - k + 1):
        yield seq[i : i + k]


def run(n):
    total = pipeline(n)
    total += sum(chained(n // 2))
    lst = [i * 3 % 101 for i in range(n) if i & 1]
    dct = {i: i * i for i in range(0, n, 7)}
    st = {x % 97 for x in lst}
    total += len(lst) + sum(dct.values()) % 100003 + len(st)
    total += max(w[0] + w[-1] for w in windows(lst[:2000], 5))
    total += min((a - b for a, b in zip(lst, lst[1:])), default=0)
    total += sum(i for i, v in enumerate(lst) if v > 50)
    total += any(x > 100 for x in lst) + all(x >= 0 for x in lst)
    nested = [[j for j in range(i % 10)] for i in range(n // 10)]
    total += sum(len(row) for row in nested)
    gen = count_up(10)
    total += next(gen) + next(gen)
    for v in gen:
        total += v
    return total


grand = 0
for rep in range(REPS):
    grand = (grand + run(N + rep)) % 1000000007
print("generators", N, grand)
