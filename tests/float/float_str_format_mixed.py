# str() and format() of floats inside containers and f-strings
x = 2.5
print([1.0, 2.5, -0.0], (0.1,), {'k': 3.0}['k'])
print(f'{x}', f'{x:.3f}', f'{x * 2}', f'{x!r}', f'{1 / 8:g}')
print(str(1e-7), str(1e22), str(12345678.0), str(0.1 * 3))
