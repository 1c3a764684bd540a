# map with several iterables, filter with None
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(map(str, range(3))), list(map(len, ['', 'a', 'ab'])))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda x: x % 3 == 0, range(10))))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
f = filter(str.isdigit, 'a1b2')
print(list(f))
