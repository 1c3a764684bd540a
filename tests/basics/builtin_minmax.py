# min and max with iterables, varargs, key and default
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('hello'), min('b', 'a'))
print(max([1, 5, 3], key=lambda x: -x), min(['aa', 'b', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None))
try:
    max([])
except ValueError:
    print('ValueError empty')
print(max((1, 'a'), (1, 'b')), min([[2], [1, 9]]))
print(max(1, 2.5), min(-1, -1.5), max(True, 0))
print(max(x * x for x in range(-5, 3)))
print(max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]))
