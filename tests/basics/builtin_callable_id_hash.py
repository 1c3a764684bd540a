# callable, id and hash
print(callable(len), callable(lambda: 0), callable(int), callable(5), callable('s'))
class C:
    def __call__(self):
        pass
print(callable(C), callable(C()), callable(object()))
a = []
b = a
print(id(a) == id(b), id(a) == id([]), type(id(a)).__name__)
print(hash(1) == hash(1), hash('abc') == hash('abc'), hash((1, 'a')) == hash((1, 'a')))
print(hash(True) == hash(1), hash(0) == hash(False), hash(5))
try:
    hash([])
except TypeError:
    print('TypeError unhashable list')
try:
    hash({})
except TypeError:
    print('TypeError unhashable dict')
class H:
    pass
h = H()
print(hash(h) == hash(h))
