# next() with default, StopIteration, and next() on non-iterators
it = iter([1])
print(next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    next([1])
except TypeError:
    print('TypeError')
