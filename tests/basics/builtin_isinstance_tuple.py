# isinstance and issubclass with tuples and nested tuples
print(isinstance(1, (int,)), isinstance('a', (int, float, str)), isinstance([], ()))
print(issubclass(bool, (str, list, bool)), issubclass(int, ()))
class A: pass
class B(A): pass
print([isinstance(x, A) for x in (A(), B(), 1)], issubclass(B, (int, A)))
