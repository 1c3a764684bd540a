# throw() into generators
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e.args)
        yield 'recovered'
    yield 'end'
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
print(next(it))
try:
    next(it)
except StopIteration:
    print('finished')
def g2():
    yield 1
it = g2()
next(it)
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e.args)
def g3():
    try:
        yield 1
    finally:
        print('finally in g3')
it = g3()
next(it)
try:
    it.throw(RuntimeError)
except RuntimeError:
    print('RuntimeError out')
it = g2()
try:
    it.throw(IndexError)
except IndexError:
    print('thrown into unstarted generator')
