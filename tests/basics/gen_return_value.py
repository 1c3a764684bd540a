# return in a generator sets StopIteration.value
def g():
    yield 1
    return 'result'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print(e.value)
def noret():
    yield
it = noret()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
