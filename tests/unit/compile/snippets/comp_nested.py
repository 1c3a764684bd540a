m = [[i * j for j in range(3)] for i in range(3)]
g = ((a, b) for a in x for b in a)
def f(z):
    return [y for y in z if y > z[0]]
