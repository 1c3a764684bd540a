# list.sort and sorted with key and reverse
words = ['pear', 'Apple', 'fig', 'banana', 'ki']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, reverse=True))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted([]), sorted([3]), sorted('cba'), sorted((3, 1, 2), reverse=True))
try:
    [1, 'a'].sort()
except TypeError:
    print('TypeError')
