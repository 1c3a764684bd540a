# a small class-based program: a bank with accounts and transfers
class InsufficientFunds(Exception):
    pass
class Account:
    count = 0
    def __init__(self, owner, balance=0):
        Account.count += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(('dep', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount)
        self.balance -= amount
        self.history.append(('wd', amount))
    def __repr__(self):
        return '<%s: %d>' % (self.owner, self.balance)
def transfer(a, b, amount):
    try:
        a.withdraw(amount)
    except InsufficientFunds as e:
        print('transfer failed', e.args)
        return False
    b.deposit(amount)
    return True
x = Account('x', 100)
y = Account('y')
print(transfer(x, y, 30), transfer(y, x, 50), transfer(y, x, 30))
print(x, y, Account.count, x.history, y.history)
accounts = sorted([Account('c', 5), Account('a', 9), Account('b', 1)], key=lambda a: a.balance)
print(accounts)
