# __getitem__/__setitem__/__delitem__ with ints, slices and keys
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
g = Grid()
g[1, 2] = 'x'
g[0] = 'y'
print(g[1, 2], g[0], g[5], g[1:3], g[::2], g[1:2:3])
del g[0]
print(g[0])
try:
    del g[99]
except KeyError:
    print('KeyError')
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
