# closures writing to enclosing scope with nonlocal
def account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return 'insufficient'
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = account(100)
print(dep(50), wd(30), wd(500), dep(0))
def gen_counter():
    count = 0
    def g():
        nonlocal count
        while True:
            count += 1
            yield count
    return g()
c = gen_counter()
print(next(c), next(c), next(c))
def cell_in_comprehension():
    x = 10
    return [x + i for i in range(3)]
print(cell_in_comprehension())
