# conditional expressions, nested and in comprehensions
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(n) for n in (-2, 0, 3)])
print([x if x % 2 else -x for x in range(5)])
print((lambda a: 'big' if a > 10 else 'small')(11))
x = 1 if [] else 2 if {} else 3
print(x)
