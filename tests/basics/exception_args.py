# exception objects: args and str (repr forms differ between implementations)
e = ValueError()
print(e.args, repr(str(e)))
e = ValueError('msg')
print(e.args, str(e))
e = ValueError('a', 2)
print(e.args, str(e))
e = KeyError('key')
print(e.args)
e = Exception(42)
print(e.args, str(e))
print(repr(TypeError()))
try:
    raise RuntimeError('runtime', 'extra')
except RuntimeError as e:
    print(e.args[0], e.args[1], len(e.args))
class MyErr(Exception):
    pass
print(str(MyErr('x')), str(MyErr('y', 'z')), MyErr('q').args)
try:
    raise MyErr
except MyErr as e:
    print('class raised, args', e.args)
e = StopIteration(5)
print(e.value, e.args)
print(str(OSError('os')), IndexError(3).args[0] + 1)
