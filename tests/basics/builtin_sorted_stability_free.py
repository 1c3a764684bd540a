# sorted() on various iterables, with unique keys
print(sorted({3: 'c', 1: 'a', 2: 'b'}), sorted('hello'), sorted(x % 7 for x in range(0, 30, 4)))
print(sorted([-3, 2, -1], key=abs), sorted(['B', 'a', 'C'], key=str.lower), sorted([[2, 1], [1, 2]]))
print(sorted(range(5), key=lambda x: -x), sorted([0.5, -1, 2], reverse=True))
try:
    sorted([1, 2], lambda x: x)
except TypeError:
    print('TypeError positional key')
