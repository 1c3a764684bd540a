def f(a, b, c, d):
    return a < b <= c != d
x = 1 < y
z = a in b not in c
