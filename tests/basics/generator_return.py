# return values of generators surface in StopIteration.value
def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value, e.args)
def g2():
    return
    yield
try:
    next(g2())
except StopIteration as e:
    print('value', e.value)
def g3():
    yield
    return [1, 2]
it = g3()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
