# isinstance/issubclass with tuples, nested tuples and builtin types
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, ()))
print(isinstance(1, int), isinstance('s', (bytes, str)), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(int, object))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), issubclass(B, B))
try:
    isinstance(1, 1)
except TypeError:
    print('TypeError')
try:
    issubclass(b, A)
except TypeError:
    print('TypeError issubclass')
