# send(): first send must be None, values flow in both directions
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
g2 = acc()
try:
    g2.send(1)
except TypeError:
    print('TypeError')
