def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def deep():
    x = 1
    def mid():
        def inn():
            return x
        return inn
    return mid
