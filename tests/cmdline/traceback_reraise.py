# an exception caught, partly handled and re-raised keeps its traceback
def inner():
    raise TypeError('original')
def outer():
    try:
        inner()
    except TypeError:
        print('handling, then re-raising')
        raise
outer()
