def f():
    try:
        return 1
    except:
        return 2
    finally:
        print('x')
def g():
    with a:
        with b:
            return c
