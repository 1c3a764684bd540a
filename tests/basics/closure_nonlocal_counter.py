# nonlocal state shared between several closures
def make_account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError('insufficient')
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
d, w, g = make_account(10)
print(d(5), w(3), g())
try:
    w(100)
except ValueError as e:
    print(e, g())
d2, _, g2 = make_account(0)
d2(1)
print(g(), g2())
