# throw() into a generator runs its finally blocks and propagates
def g():
    try:
        try:
            yield 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')
it = g()
next(it)
try:
    it.throw(RuntimeError('x'))
except RuntimeError as e:
    print('propagated', e.args)
print(next(it, 'done'))
def unstarted():
    yield 1
try:
    unstarted().throw(ValueError)
except ValueError:
    print('thrown into unstarted generator')
