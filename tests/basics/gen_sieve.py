# an incremental prime sieve using generators and dicts
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1
g = primes()
print([next(g) for _ in range(25)])
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(sum(take_while(lambda p: p < 1000, primes())))
