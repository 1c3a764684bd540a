# exceptions as values: stored, compared, re-raised later
errors = []
for f in (lambda: 1 / 0, lambda: [][0], lambda: {}['k'], lambda: int('z')):
    try:
        f()
    except Exception as e:
        errors.append(e)
print([type(e).__name__ for e in errors])
print([isinstance(e, LookupError) for e in errors])
try:
    raise errors[1]
except IndexError:
    print('raised stored IndexError')
e = ValueError('made', 'not raised')
print(e.args, isinstance(e, Exception))
def raiser(cls, *a):
    raise cls(*a)
try:
    raiser(KeyError, 'x')
except KeyError as k:
    print('dynamic class', k.args)
