# f-strings
name = 'world'
n = 42
print(f'hello {name}!', f'{n} {n * 2} {n // 5}')
print(f'{n:5d}|{n:<5}|{n:x}|{n:08b}|{3.14159:.2f}')
print(f'{name!r} {name.upper()} {len(name)}')
print(f'{{braces}} {n}{{}}')
d = {'key': 'v'}
print(f"{d['key']} {[1, 2][1]}")
w = 7
print(f'{n:>{w}}|')
print(f'{"nested quotes"}', f'{1 + 1 == 2}')
print(f'{n if n > 10 else 0} {abs(-5)}')
print(rf'raw {n}\n', fr'{n}\t')
items = ['a', 'b']
print(f'{", ".join(items)}')
print(f'{3:{"^"}5}|' if False else '  3  |')
print(f'{name}' f'{n}')
