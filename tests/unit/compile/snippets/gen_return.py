def g():
    try:
        yield 1
    finally:
        print('cleanup')
    return 5
def h():
    x = yield from g()
    return x
