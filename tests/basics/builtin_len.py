# len() of builtin and user types
print(len(''), len('abc'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b'xy'), len(bytearray(4)))
print(len('\u00e9\u4e2d'), len('\U0001F600'))
class L:
    def __len__(self):
        return 7
print(len(L()))
try:
    len(5)
except TypeError:
    print('TypeError no len')
