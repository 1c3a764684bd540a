# positional parameters and return values
def add(a, b):
    return a + b
print(add(1, 2), add('x', 'y'), add([1], [2]))
def noret():
    x = 1
print(noret())
def multi():
    return 1, 'two', [3]
print(multi())
a, b, c = multi()
print(a, b, c)
def early(n):
    if n > 0:
        return 'positive'
    return 'not positive'
print(early(1), early(-1))
try:
    add(1)
except TypeError:
    print('TypeError missing arg')
try:
    add(1, 2, 3)
except TypeError:
    print('TypeError extra arg')
def nested_call(f, x):
    return f(f(x))
print(nested_call(lambda v: v * 3, 2))
