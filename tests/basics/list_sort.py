# sorting: stability, key, reverse, errors
data = [('b', 2), ('a', 3), ('c', 1), ('d', 4)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, reverse=True))
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'x', 1: 'y'}))
print(sorted([]), sorted([1]))
print(sorted([1.5, 1, 0.5, -2, 0]))
try:
    sorted([1, 'a', 2])
except TypeError:
    print('TypeError mixed types')
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-5:])
s = ['bb', 'a', 'ccc', 'dddd']
s.sort(key=len)
print(s)
rng = [(i * 7919) % 101 for i in range(50)]
print(sorted(rng) == sorted(rng, reverse=True)[::-1], sorted(rng)[:10])
