# dict equality ignores order; ordering comparisons are errors
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {} == {}, {1: 2} != {1: 2, 3: 4})
print({1: 'a'} == {1.0: 'a'}, {'a': [1]} == {'a': [1]})
try:
    {1: 2} < {1: 2}
except TypeError:
    print('TypeError')
