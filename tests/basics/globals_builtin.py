# globals() reflects module-level names
a = 1
g = globals()
print('a' in g, g['a'], 'b' in g)
g['b'] = 'added via globals()'
print(b)
def f():
    return 'f' in globals()
print(f(), type(g).__name__)
