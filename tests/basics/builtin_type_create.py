# three-argument type() creates classes
def hello(self):
    return 'hello from ' + type(self).__name__
Dyn = type('Dyn', (), {'x': 1, 'hello': hello})
d = Dyn()
print(Dyn.__name__, d.x, d.hello())
Sub = type('Sub', (Dyn,), {'y': 2})
s = Sub()
print(s.x, s.y, s.hello(), isinstance(s, Dyn))
