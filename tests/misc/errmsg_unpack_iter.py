# errors from unpacking, iteration and generators (MicroPython wording)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e.args[0] if e.args else "")
def a():
    x, y = 1
show(a)
def b():
    x, y = 'abc'
show(b)
def c():
    x, *y, z = [1]
show(c)
def d():
    for q in 5:
        pass
show(d)
show(lambda: next(iter([])))
def gen():
    yield 1
g = gen()
show(lambda: g.send(5))
def running():
    yield next(r)
r = running()
show(lambda: next(r))
show(lambda: (lambda **k: k)(**[1]))
show(lambda: zip(1))
show(lambda: map(abs, 3))
show(lambda: enumerate(5))
show(lambda: sorted(5))
show(lambda: reversed(5))
