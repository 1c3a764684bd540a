# The generator type's methods with a wrong or missing self, the type called directly, and
# pend_throw's result (found by tests/unit/robustness/api_fuzz.test.mjs).
def gen():
    yield 1

G = type(gen())
for f in (lambda: G(), lambda: G.close(5), lambda: G.close(), lambda: G.send(None, 1),
          lambda: G.pend_throw()):
    try:
        f()
        print('no error')
    except TypeError:
        print('TypeError')

g = gen()
print(g.pend_throw(None))
print(g.pend_throw(None))
print(next(g))
