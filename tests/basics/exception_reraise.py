# bare raise re-raises the exception currently being handled
def f():
    try:
        raise ValueError('orig')
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    print('re-raised', e.args)
try:
    raise
except RuntimeError:
    print('RuntimeError: no active exception')
def g():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print('raise stored exception', e.args)
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise 5
except TypeError:
    print('TypeError: exceptions must derive from BaseException')
