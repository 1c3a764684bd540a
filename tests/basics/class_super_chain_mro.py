# super() chains through a linear hierarchy and a mixin
class Base:
    def hello(self):
        return ['Base']
class Middle(Base):
    def hello(self):
        return ['Middle'] + super().hello()
class Mixin:
    def extra(self):
        return 'mixin extra'
    def hello(self):
        return ['Mixin']
class Top(Middle, Mixin):
    def hello(self):
        return ['Top'] + super().hello()
t = Top()
print(t.hello(), t.extra())
print(super(Top, t).hello(), super(Middle, t).hello())
print(isinstance(t, Mixin), issubclass(Top, Base), Top.__bases__ == (Middle, Mixin))
