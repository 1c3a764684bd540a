# repr of nested containers, recursive structures and builtins
print(repr([1, 'a', (2,), [3, [4]], None, True, 1.5]))
print(repr(()), repr((1,)), repr([]), repr(set()), repr({}), repr(frozenset()))
print(repr({'k': [1, {'n': None}]}))
print(repr(range(3)), repr(range(1, 5, 2)), repr(Ellipsis), repr(NotImplemented))
