# adjacent literal concatenation, mixing quote styles and raw/f strings
x = 5
s = 'a' "b" '''c''' """d"""
print(s)
print('one' 'two'
      'three')
print(r'\n' '\n' == '\\n\n')
print(f'{x}' 'y' f'{x + 1}')
t = ('p'
     'q')
print(t, len(t))
