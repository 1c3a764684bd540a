# startswith / endswith with positions and tuples
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith('world', 6))
print(s.startswith(''), s.endswith(''), ''.startswith(''), ''.endswith('a'))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith('o', 0, 5))
print(s.startswith('lo', 3), s.startswith('lo', 3, 4), s.startswith('o', -1))
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.endswith(('ld', 'q')))
try:
    s.startswith(1)
except TypeError:
    print('TypeError')
