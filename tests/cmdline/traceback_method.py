# traceback through methods, a lambda and a class
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError('insufficient funds')
        self.balance -= amount
        return self.balance
a = Account(10)
print(a.withdraw(3))
apply = lambda acct, n: acct.withdraw(n)
apply(a, 100)
