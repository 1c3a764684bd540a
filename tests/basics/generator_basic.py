# generator functions
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_return():
    yield 1
    return 'done'
    yield 2
print(list(with_return()))
def empty():
    return
    yield
print(list(empty()))
gen = count(3)
print(iter(gen) is gen)
for v in count(3):
    print('v', v)
print(sum(count(101)))
def body_runs_lazily():
    print('started')
    yield 1
b = body_runs_lazily()
print('created')
print(next(b))
