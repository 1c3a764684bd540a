# the None singleton
print(None, repr(None), str(None), type(None).__name__)
x = None
print(x is None, x is not None, x == None, x != 0)
def f():
    pass
print(f() is None)
print([None] * 3, None in [1, None])
print(bool(None), not None)
print({None: 'none-key'}[None])
try:
    f = None
    f()
except TypeError:
    print('TypeError calling None')
try:
    None + 1
except TypeError:
    print('TypeError None + 1')
