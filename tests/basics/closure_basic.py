# closures capture variables, not values
def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1))
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def bound():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(bound())
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
def nest3(a):
    def n2(b):
        def n1(c):
            return a + b + c
        return n1
    return n2
print(nest3(1)(20)(300))
def shared():
    v = [0]
    def inc():
        v[0] += 1
    def get():
        return v[0]
    return inc, get
i, g = shared()
i(); i()
print(g())
