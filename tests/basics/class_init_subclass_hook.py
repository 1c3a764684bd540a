# a registry built with a class decorator and class attributes
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Alpha:
    pass
@register
class Beta(Alpha):
    kind = 'beta'
print(sorted(registry), registry['Beta'].kind, issubclass(registry['Beta'], Alpha))
def add_method(cls):
    cls.hello = lambda self: 'hello from ' + type(self).__name__
    return cls
@add_method
class Gamma:
    pass
print(Gamma().hello())
