# membership tests on many containers
print(1 in [1, 2], 3 in (1, 2), 'b' in 'abc', 'bc' in 'abc', 'ca' in 'abc')
print('k' in {'k': 1}, 1 in {'k': 1}, 2 in {1, 2}, 5 in range(10), 5 in range(0, 10, 2))
print(b'a' in b'abc', 97 in b'abc', [1] in [[1], 2], (1, 2) in [(1, 2)])
print(1.0 in [1], 'a' not in 'xyz', None in [None])
class C:
    def __contains__(self, x):
        return x == 'magic'
print('magic' in C(), 'other' in C(), 'other' not in C())
class I:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in I(), 5 in I())
try:
    1 in 5
except TypeError:
    print('TypeError')
