# the name bound by "except ... as" is cleared after the handler
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('in handler', e.args)
try:
    print(e)
except NameError:
    print('name cleared after handler')
def f():
    try:
        raise KeyError(1)
    except KeyError as err:
        saved = err
    return saved.args
print(f())
