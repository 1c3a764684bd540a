# map and filter
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(abs, (-1, -2))), list(map(len, ['a', 'bcd'])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(lambda x: x % 2, range(8))))
m = map(int, '123')
print(next(m), list(m), list(m))
f = filter(str.isdigit, 'a1b2')
print(list(f))
print(sum(map(int, '9999')))
