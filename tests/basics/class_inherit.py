# single inheritance and overriding
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, an ' + Animal.kind(self)
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'
for a in (Animal('generic'), Dog('rex'), Puppy('bit')):
    print(a.speak(), '|', a.kind())
print(isinstance(Puppy('x'), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(issubclass(Dog, (int, Animal)), issubclass(Dog, Dog))
print(Puppy.__bases__ == (Dog,), Dog.__bases__[0].__name__)
print(isinstance(Dog('d'), (str, Dog)))
