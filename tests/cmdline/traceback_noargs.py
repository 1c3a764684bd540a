# uncaught exception raised as a class, without arguments
def check(x):
    if x < 0:
        raise IndexError
    return x
print(check(1))
check(-1)
