# str ordering: lexicographic, prefixes, case
pairs = [('a', 'b'), ('abc', 'abd'), ('ab', 'abc'), ('', 'a'), ('B', 'a'), ('a', 'a'), ('Z', 'z')]
for a, b in pairs:
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(['banana', 'Apple', 'cherry', 'apple', '', 'b']))
print(max('hello'), min('hello'))
try:
    'a' < 1
except TypeError:
    print('TypeError')
