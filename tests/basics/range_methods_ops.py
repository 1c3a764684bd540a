# range indexing, slicing, len, membership, count/index, equality
r = range(2, 20, 3)
print(len(r), r[0], r[-1], r[2], list(r[1:4]), list(r[::-1]), list(r[::2]))
print(5 in r, 6 in r, 20 in r, -1 in r, 17 in r)
print(list(range(10, 0, -3)), list(range(5, 5)), list(range(-3)))
print(r.start, r.stop, r.step, range(5)[-5])
try:
    r[10]
except IndexError:
    print('IndexError')
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError')
