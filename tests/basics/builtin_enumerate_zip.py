# enumerate and zip
print(list(enumerate('abc')), list(enumerate(['x', 'y'], 10)), list(enumerate([], 1)))
for i, c in enumerate('hi', start=1):
    print(i, c)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(range(3), range(3, 6), 'xyz')))
names = ['a', 'b']
vals = [1, 2]
print(dict(zip(names, vals)) == {'a': 1, 'b': 2})
pairs = [(1, 'one'), (2, 'two')]
nums, words = zip(*pairs)
print(nums, words)
e = enumerate('ab')
print(next(e), next(e))
z = zip('ab', 'cd')
print(iter(z) is z, next(z))
