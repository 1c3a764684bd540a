# property with getter, setter, deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError:
    print('ValueError from setter')
try:
    t.fahrenheit = 5
except AttributeError:
    print('AttributeError read-only')
del t.celsius
print(t.celsius)
class P:
    def getx(self):
        return 'x via property()'
    x = property(getx)
print(P().x)
class Sub(Temp):
    pass
s = Sub()
s.celsius = 5
print(s.celsius)
