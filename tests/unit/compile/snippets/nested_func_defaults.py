def f(a, b=lambda: 1, *, c=2, d):
    def g(x=a):
        return x
    return g
