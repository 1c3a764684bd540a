import mod1
import mod1 as m2
print(mod1 is m2, mod1.X, mod1.hello())
from mod1 import *
print(X, hello())
import pkg.a
print(pkg.P, pkg.a.VAL)
from pkg.sub import S
print(S)
import pkg.sub
print(pkg.sub.S)
import sys
print('mod1' in sys.modules, 'pkg.b' in sys.modules)
try:
    import nonexistent
except ImportError as e:
    print('ImportError', e.args[0])
try:
    from mod1 import nothing
except ImportError as e:
    print('ImportError', e.args[0])
try:
    import bad
except ValueError as e:
    print('bad failed', 'bad' in sys.modules)
def f():
    import mod1
    return mod1.X
print(f())
print(eval('1 + 2'), eval('X + 1'), eval('a * 2', {'a': 21}))
d = {}
exec('y = 5\ndef q(): return y', d)
print(d['y'], d['q']())
code = compile('z = 7', '<c>', 'exec')
exec(code)
print(z)
g = {'X': X}
print(g['X'], 'main' if __name__ == '__main__' else __name__)
print(type(sys.argv).__name__, type(sys.path).__name__, sys.byteorder, sys.maxsize, sys.implementation.name)
