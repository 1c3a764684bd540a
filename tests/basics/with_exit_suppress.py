# __exit__ returning true suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None)
        return t is not None and issubclass(t, self.types)
with Suppress(ValueError):
    raise ValueError('hidden')
print('after suppressed')
try:
    with Suppress(ValueError):
        raise KeyError('shown')
except KeyError:
    print('KeyError propagated')
with Suppress(ValueError) as s:
    print('no error', type(s).__name__)
