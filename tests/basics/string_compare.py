# string comparisons and ordering
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '', 'a']
print(sorted(words))
print('a' < 'b', 'a' < 'B', 'abc' < 'abcd', 'b' > 'abc', 'é' > 'z', '' == '')
print(max(words), min(words))
print('abc' == 'ab' + 'c', 'abc' != None)
print('10' < '9', 10 < 9)
