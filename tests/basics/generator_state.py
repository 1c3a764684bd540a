# generator states and re-entrancy
def g():
    yield 1
    yield 2
it = g()
print(list(it), list(it))
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError:
    print('ValueError: generator already executing')
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
for v in it:
    if v > 3:
        break
print('stopped at', v, 'next is', next(it))
def gen_in_gen():
    for x in (y * y for y in range(4)):
        yield x + 1
print(list(gen_in_gen()))
def locals_kept():
    a = []
    for i in range(3):
        a.append(i)
        yield list(a)
print(list(locals_kept()))
