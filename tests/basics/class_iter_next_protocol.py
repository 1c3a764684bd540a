# classes implementing __iter__ and __next__, and __iter__ as a generator
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i
b = Bag('x', 'y')
print(list(b), list(b), 'x' in b, 'z' in b)
a, c = b
print(a, c)
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError:
    print('TypeError')
