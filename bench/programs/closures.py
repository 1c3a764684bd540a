# closures: nested functions capturing variables, nonlocal rebinding, lambdas, higher-order calls.
N = 1800000


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def make_accumulators(n):
    fns = []
    for i in range(n):
        fns.append(lambda x, i=i: x * i % 7)
    return fns


def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c

        return inner

    return middle


def run(n):
    counter = make_counter()
    add3 = make_adder(3)
    add5 = make_adder(5)
    f = compose(add3, compose(add5, lambda x: x * 2))
    accs = make_accumulators(16)
    total = 0
    for i in range(n):
        total += f(i) & 0xFF
        counter(i & 3)
        total += accs[i & 15](i)
        total += outer(i)(1)(2) & 7
    total += counter(0)
    mapped = list(map(lambda x: x * x, range(1000)))
    filtered = list(filter(lambda x: x % 3 == 0, mapped))
    ordered = sorted(range(1000), key=lambda x: (x * 7919) % 1000)
    total += sum(filtered) + ordered[0] + ordered[-1]
    return total


print("closures", N, run(N))
