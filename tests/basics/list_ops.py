# list operators and builtins on lists
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 5, 2 * [None], a * 0)
print(len(a), min(a), max(a), sum(a), 2 in a, 5 not in a)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([[1, 2], [3]] == [[1, 2], [3]], [1, [2]] != [1, [3]])
nested = [[0] * 2] * 2
nested[0][0] = 'shared'
print(nested)
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'k': 1}))
print(a[-1], a[0])
try:
    a[3]
except IndexError:
    print('IndexError')
a[-1] = 'z'
print(a)
print(sorted([3, 1, 2]), list(reversed([1, 2, 3])))
x = [1, 2]
x.append(x) if False else None
print([i * 2 for i in x], len(x))
print(repr([1, 'a', None, True, 2.5, [3], (4,)]))
print([] == [], [] is [], bool([]), bool([0]))
