def f(x):
    return [x + i for i in range(3)]
def g(lst):
    m = 3
    return {i: m for i in lst}
def h():
    return (j for j in k)
