# throw() into a generator that catches and continues
def g():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e.args)
            yield 'recovered'
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
print(next(it))
print(it.throw(ValueError))
try:
    it.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', e.args)
print(next(it, 'finished'))
