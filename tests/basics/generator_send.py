# send() into generators
def echo():
    received = None
    while True:
        received = yield received
        print('got', received)
e = echo()
print(e.send(None))
print(e.send(1))
print(e.send('two'))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = accumulate()
next(a)
print(a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration as s:
    print('returned', s.args)
g = echo()
try:
    g.send(5)
except TypeError:
    print('TypeError: non-None send to just-started generator')
