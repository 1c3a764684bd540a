# descriptors: __get__, __set__ (and __set_name__-free)
class Typed:
    def __init__(self, name, kind):
        self.name = '_' + name
        self.kind = kind
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('bad type')
        setattr(obj, self.name, value)
class Person:
    age = Typed('age', int)
    name = Typed('name', str)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 30)
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError:
    print('TypeError from descriptor')
print(isinstance(Person.age, Typed))
class Const:
    def __get__(self, obj, owner=None):
        return 42
class H:
    c = Const()
print(H().c)
