# conditional expressions
for x in range(-2, 3):
    print(x, 'pos' if x > 0 else 'zero' if x == 0 else 'neg')
a = 1 if True else 2
b = 1 if False else 2
print(a, b)
print([i if i % 2 else -i for i in range(6)])
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print(f(3), f(4))
# short-circuit: the unused branch is not evaluated
def boom():
    raise Exception('evaluated')
print(1 if True else boom())
print(boom() if False else 2)
