# __setattr__ and __delattr__ intercept all assignments and deletions
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
o = Logged()
o.x = 1
o.x += 1
print(o.x)
del o.x
print(hasattr(o, 'x'))
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError('frozen')
try:
    Frozen().a = 1
except AttributeError as e:
    print(e)
