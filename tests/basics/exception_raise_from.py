# raise ... from None (suppressing the context)
try:
    try:
        {}['x']
    except KeyError:
        raise ValueError('converted') from None
except ValueError as e:
    print('caught', type(e).__name__, e.args)
try:
    raise TypeError('t') from None
except TypeError as e:
    print('from None ok', e.args)
