# a generator cannot be resumed while it is running
def g():
    yield me.send(None) if False else next(me)
me = g()
try:
    next(me)
except ValueError:
    print('ValueError')
