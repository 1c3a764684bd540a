# range objects
r = range(1, 10, 2)
print(r, len(r), r[0], r[-1], r[2], list(r))
print(range(5), range(0, 5), range(2, 8, 3))
print(len(range(0)), len(range(10, 0)), len(range(10, 0, -1)), len(range(0, 10, 3)))
print(3 in r, 4 in r, 9 in r, 11 in r)
try:
    r[10]
except IndexError:
    print('IndexError')
print(r.start, r.stop, r.step)
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(range(-3, 3)), list(range(3, -3, -1)))
print(range(2 ** 40, 2 ** 40 + 3)[1] - 2 ** 40)
