# type() of values and type objects
for v in [1, 1.5, 'a', b'b', [], (), {}, set(), None, True, range(1), type, object()]:
    print(type(v).__name__)
print(type(1) is int, type('') is str, type([]) == list)
print(int.__name__, str.__name__, type.__name__, object.__name__)
print(type(int), type(type(1)))
print(str(int), repr(str))
class K: pass
print(type(K).__name__, type(K()).__name__, type(K()) is K)
