# attribute lookup through the inheritance chain and shadowing
class Base:
    x = 'base x'
    y = 'base y'
    def who(self):
        return 'Base.who'
class Mid(Base):
    y = 'mid y'
class Leaf(Mid):
    def who(self):
        return 'Leaf.who'
l = Leaf()
print(l.x, l.y, l.who(), Mid().who())
Base.x = 'changed base x'
print(l.x, Leaf.x)
Mid.x = 'mid x now'
print(l.x, Base.x)
l.x = 'instance x'
print(l.x, Leaf.x)
del Mid.x
print(Leaf.x)
print(type(l).__name__, l.__class__.__name__, l.__class__ is Leaf)
