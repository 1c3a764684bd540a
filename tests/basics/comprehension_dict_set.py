# dict and set comprehensions
d = {x: x * x for x in range(5)}
print(sorted(d.items()))
print({k: v for k, v in [('a', 1), ('b', 2)] if v > 1})
inv = {v: k for k, v in {'x': 1, 'y': 2}.items()}
print(sorted(inv.items()))
s = {x % 3 for x in range(10)}
print(sorted(s), type(s).__name__)
print(sorted({c for c in 'mississippi'}))
print({i: [j for j in range(i)] for i in range(3)}[2])
print(len({(a, b) for a in range(3) for b in range(3) if a <= b}))
print({k: len(k) for k in ('one', 'three')}['three'])
