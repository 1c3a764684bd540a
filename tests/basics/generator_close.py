# close() on generators
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('cleanup')
it = g()
print(next(it))
it.close()
try:
    next(it)
except StopIteration:
    print('closed generator stops')
it = g()
it.close()
print('closing unstarted is fine')
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError:
    print('RuntimeError: yield after close')
def done():
    yield 1
d = done()
list(d)
d.close()
print('close after exhaustion ok')
