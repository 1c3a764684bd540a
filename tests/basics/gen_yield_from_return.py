# yield from returns the sub-generator's return value and forwards send
def sub(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got
def outer():
    r = yield from sub(3)
    print('sub returned', r)
    yield 'end'
g = outer()
print(next(g), g.send('a'), g.send('b'), g.send('c'))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2), (x * x for x in (3, 4)))))
