assert x
assert x, 'message'
assert x > 1, f(y)
if __debug__:
    print('debug')
