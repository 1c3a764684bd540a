# sum with start values and various iterables
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum((0.5, 0.25)))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(x * x for x in range(4)))
print(sum([True, True, False]) if False else sum([1, 1, 0]))
try:
    sum(['a', 'b'])
except TypeError:
    print('TypeError')
