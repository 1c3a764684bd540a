# global and nonlocal in the same nest
g = 'g0'
def outer():
    n = 'n0'
    def inner():
        global g
        nonlocal n
        g = 'g1'
        n = 'n1'
    inner()
    return n
print(outer(), g)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
