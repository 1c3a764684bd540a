def f():
    raise ValueError
def g():
    raise ValueError('x') from None
def h():
    try:
        pass
    except Exception as e:
        raise
