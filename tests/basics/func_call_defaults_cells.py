# Calls that fill defaults and make cells from parameters, many times over (also in compiled code).
def make(k):
    def inner(x, y=10, z=k):
        def use():
            return x + y + z
        return use()
    return inner


def plain(a, b=2, c=3):
    return a * 100 + b * 10 + c


def cell_param(a, b):
    def get():
        return a - b
    a += 1
    return get()


f = make(5)
g = lambda x, i=7: x * i
total = 0
for i in range(3000):
    total += f(i) + f(i, 1) + f(i, 1, 2)
    total += plain(i) + plain(i, 4) + plain(i, 4, 5)
    total += cell_param(i, 3) + g(i) + g(i, 2)
print(total)
try:
    plain()
except TypeError:
    print("TypeError")
try:
    f(1, 2, 3, 4)
except TypeError:
    print("TypeError")
