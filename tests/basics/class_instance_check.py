# isinstance/issubclass with builtins and user classes
class MyList(list):
    pass
class MyInt(int):
    pass
ml = MyList([1, 2])
print(isinstance(ml, list), isinstance(ml, MyList), type(ml) is list)
print(isinstance(1, bool), isinstance(True, bool))
print(isinstance(1, (str, int)), isinstance('s', (int, float)))
print(issubclass(MyInt, int), issubclass(int, object), isinstance(None, object))
print(isinstance(int, type), isinstance(type, type), type(type).__name__)
print(issubclass(KeyError, LookupError), issubclass(ValueError, LookupError))
print(isinstance(ml, object), isinstance(len, object))
try:
    isinstance(1, 2)
except TypeError:
    print('TypeError')
