# eval and exec
print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'), eval('"s" * 2'))
g = {'a': 5}
print(eval('a + 1', g))
l = {'b': 2}
print(eval('a * b', g, l))
exec('x = 10\ny = x * 2', g)
print(g['x'], g['y'])
exec('def f(n):\n    return n + 100', g)
print(g['f'](1))
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError from eval')
try:
    exec('raise ValueError(3)')
except ValueError as e:
    print('ValueError from exec', e.args)
z = 3
print(eval('z * 2'))
