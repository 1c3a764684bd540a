# comprehension loop variables do not leak; they can read enclosing names
i = 'unchanged'
squares = [i * i for i in range(4)]
print(squares, i)
n = 3
print([x + n for x in range(n)])
def f():
    k = 10
    return [k + j for j in range(2)], {j: k for j in 'ab'} == {'a': 10, 'b': 10}
print(f())
print([[r * c for c in range(3)] for r in range(3)])
