def f(x):
    while x:
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
        x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1; x = x + 1
    return x
