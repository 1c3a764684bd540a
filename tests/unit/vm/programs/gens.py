def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print('got', x)
    return n * 10
g = gen(3)
print(next(g), g.send(7), next(g))
try:
    g.send(None)
except StopIteration as e:
    print('stop', e.args[0], e.value if hasattr(e, 'value') else e.args[0])
def deleg():
    r = yield from gen(2)
    print('r', r)
    yield r + 1
print(list(deleg()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = fin()
print(next(g))
g.close()
g = fin()
print(next(g))
try:
    g.throw(ValueError)
except ValueError:
    print('thrown out')
def catcher():
    while True:
        try:
            yield
        except KeyError:
            print('caught key')
c = catcher()
next(c)
c.throw(KeyError)
c.throw(KeyError('x'))
c.close()
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError', e.args[0])
def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ign(); next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e.args[0])
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print('ValueError', e.args[0])
print(sum(x * x for x in range(10)))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
def from_it():
    yield from It()
print(list(from_it()))
