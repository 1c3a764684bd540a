def f(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return 'inf'
    finally:
        print('finally', x)
print(f(1), f(0))
for i in range(4):
    try:
        try:
            if i == 0: continue
            if i == 2: break
        finally:
            print('inner', i)
    finally:
        print('outer', i)
def r():
    for i in range(3):
        try:
            return i
        finally:
            print('fin', i)
print(r())
def over():
    try:
        return 1
    finally:
        return 2
print(over())
class CM:
    def __init__(self, swallow): self.swallow = swallow
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb):
        print('exit', t is None, v is None)
        return self.swallow
with CM(False) as c:
    print('body', c.swallow)
with CM(True):
    raise ValueError
try:
    with CM(False):
        raise KeyError(3)
except KeyError as e:
    print('propagated', e.args)
def w():
    for i in range(3):
        with CM(False):
            if i == 1:
                return i
print(w())
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e.args[0])
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise
except ValueError as e:
    print('reraised', e.args)
try:
    raise 5
except TypeError as e:
    print('TypeError', e.args[0])
e = None
try:
    raise IndexError
except IndexError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('NameError', ne.args[0])
def ul():
    print(z)
    z = 1
try:
    ul()
except NameError as ex:
    print(type(ex).__name__, ex.args[0])
a, *b, c = range(5)
print(a, b, c)
try:
    x, y = [1, 2, 3]
except ValueError as ex:
    print(ex.args[0])
try:
    x, y, z = [1, 2]
except ValueError as ex:
    print(ex.args[0])
