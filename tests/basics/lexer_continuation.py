# line continuation, semicolons, comments and blank lines
x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2 +
     3)
print(y)
l = [
    1,
    2,  # comment inside brackets
    3,
]
print(l)
d = {'a': 1,

     'b': 2}
print(sorted(d))
a = 1; b = 2; c = a + b; print(c)
if a: print('one-line if'); print('second statement')
for i in range(2): print('one-line for', i)
def f(): return 'one-line def'
print(f())
# a comment line

    # an indented comment line does not matter
print('after comments')
s = 'string with # not a comment'
print(s)
t = """triple
# also not a comment
"""
print(t)
