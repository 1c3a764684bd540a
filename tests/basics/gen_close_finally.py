# close() raises GeneratorExit at the yield; finally blocks run
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
it = g()
print(next(it))
it.close()
it.close()
print(next(it, 'exhausted'))
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 'ignored'
b = bad()
next(b)
try:
    b.close()
except RuntimeError:
    print('RuntimeError')
def unstarted():
    print('never runs')
    yield
unstarted().close()
print('closed unstarted')
