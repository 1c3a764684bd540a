# __getattr__ is only called for missing attributes
class Proxy:
    real = 'real attr'
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('getattr', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
print(p.real)
p.append(0)
print(p.count(0), p._target)
try:
    p.nonexistent
except AttributeError:
    print('AttributeError')
print(hasattr(p, 'sort'), hasattr(p, 'nope'))
