# zip stops at the shortest input and consumes iterators lazily
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip([], [1])))
it = iter(range(10))
print(list(zip(it, 'xyz')), next(it))
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip('abc', range(3))) == {'a': 0, 'b': 1, 'c': 2}, list(zip(*[[1, 2, 3], [4, 5, 6]])))
