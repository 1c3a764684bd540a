# f-strings with nested format specs, expressions and conversions
w, p = 10, 3
x = 3.14159
name = 'ab'
print(f'[{x:{w}.{p}f}]', f'[{name:>{w}}]', f'[{name!r:^8}]')
print(f'{1 + 2} {[i * i for i in range(3)]} {"yes" if x > 3 else "no"} {x:.1f}')
print(f'{{literal}} {w}{p}', f'{w:#x} {w:08b} {-w:+d}')
d = {'k': 'v'}
print(f"{d['k']} {len(d)}")
print(f'{12345678:,}', f'{0.25:.1%}')
