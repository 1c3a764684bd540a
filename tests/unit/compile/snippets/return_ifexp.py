def f(x):
    return 1 if x else 2
def g(x):
    return x and y
