# reflected arithmetic operators
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        return Money(self.cents + o)
    def __radd__(self, o):
        print('radd with', o)
        return self + o
    def __sub__(self, o):
        return Money(self.cents - o)
    def __rsub__(self, o):
        return Money(o - self.cents)
    def __repr__(self):
        return 'Money(%d)' % self.cents
print(Money(5) + Money(6), Money(5) + 1, 1 + Money(5), 10 - Money(3), Money(10) - 3)
print(sum([Money(1), Money(2), Money(3)]))
