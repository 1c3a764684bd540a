# yield from delegation
def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield 3
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
def from_iterables():
    yield from 'ab'
    yield from [1, 2]
    yield from range(3)
    yield from (x * x for x in range(3))
print(list(from_iterables()))
def echo():
    while True:
        x = yield
        if x is None:
            return 'stop'
        print('echo', x)
def deleg():
    res = yield from echo()
    print('delegate got', res)
    yield 'after'
d = deleg()
next(d)
d.send('a')
d.send('b')
print(d.send(None))
def thrower():
    try:
        yield 1
    except ValueError:
        yield 'handled inside'
def wrap():
    yield from thrower()
w = wrap()
next(w)
print(w.throw(ValueError))
