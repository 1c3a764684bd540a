# comprehensions with several for and if clauses
print([(x, y) for x in range(3) for y in range(3) if x != y if (x + y) % 2])
print([x * y for x in range(1, 4) if x > 1 for y in range(x)])
print(sorted({x % 3 for x in range(10) if x}))
print(sorted({k: v for k, v in zip('abcd', range(4)) if v % 2 == 0}.items()))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([c for word in ['ab', 'cd'] for c in word.upper()])
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
