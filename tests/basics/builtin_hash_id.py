# hash() and id() consistency
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), hash(1) == hash(1.0), hash('ab') == hash('a' + 'b'))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(True) == hash(1))
for x in ([], {}, set()):
    try:
        hash(x)
    except TypeError:
        print('TypeError', type(x).__name__)
print(type(hash('x')).__name__, type(id(a)).__name__)
