# throw and close go through yield from to the inner generator
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print('inner caught')
        yield 'after'
    finally:
        print('inner finally')
def outer():
    yield from inner()
    yield 'outer end'
g = outer()
print(next(g))
print(g.throw(ValueError))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print('closed')
