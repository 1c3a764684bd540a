x = 'abcdefghijkl'
abcdefghijkl = 1
y = 'abcdefghijkl'
z = 'AssertionError'
w = 'a much longer string that is not interned'
v = 'a much longer string that is not interned'
u = 'héllo wörld'
