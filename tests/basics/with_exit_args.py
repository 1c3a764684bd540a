# __exit__ receives the exception type, value and traceback
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t is None, v is None)
        if t is not None:
            print(t.__name__, v.args, isinstance(v, t))
        return True
with Inspect():
    pass
with Inspect():
    raise ValueError('boom', 1)
class EnterFails:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
try:
    with EnterFails():
        print('not reached')
except OSError as e:
    print('OSError', e.args)
