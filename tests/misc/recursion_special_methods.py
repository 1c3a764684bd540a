# recursion through special methods and builtins calling back into Python
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RuntimeError:
    print('RuntimeError from __repr__')
class A:
    def __add__(self, o):
        return self + o
try:
    A() + 1
except RuntimeError:
    print('RuntimeError from __add__')
class G:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    G().a
except RuntimeError:
    print('RuntimeError from __getattr__')
def key(x):
    return sorted([x, x], key=key)
try:
    key(1)
except RuntimeError:
    print('RuntimeError through sorted(key=)')
def via_map(x):
    return list(map(via_map, [x]))
try:
    via_map(1)
except RuntimeError:
    print('RuntimeError through map')
