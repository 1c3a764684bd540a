# try/finally inside generators run to completion
def g():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
print(list(g()))
for x in g():
    print('x', x)
def g2():
    for i in range(3):
        try:
            yield i
        finally:
            print('inner finally', i)
print(list(g2()))
def g3():
    try:
        yield 'a'
        return 'r'
    finally:
        print('finally on return')
it = g3()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
