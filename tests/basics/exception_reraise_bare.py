# bare raise inside except re-raises the current exception
def f():
    try:
        raise KeyError('k')
    except KeyError:
        print('handling')
        raise
try:
    f()
except KeyError as e:
    print('re-raised', e.args)
try:
    try:
        raise ValueError('a')
    except ValueError as e:
        err = e
        raise
except ValueError as e2:
    print(e2 is err)
