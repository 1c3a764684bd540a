# tuple unpacking in loops and comprehension targets
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
for n, c in pairs:
    print(n, c)
print([c * n for n, c in pairs])
print({c: n for n, c in pairs}['b'])
for i, (n, c) in enumerate(pairs):
    print(i, n, c)
grid = [((0, 0), 'origin'), ((1, 2), 'point')]
for (x, y), label in grid:
    print(x + y, label)
print([a + b for (a, b) in zip([1, 2], [10, 20])])
print(sorted(pairs, key=lambda p: -p[0]))
