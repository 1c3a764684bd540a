# StopIteration value and manual raising from a custom iterator
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)))
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
it = Count(1)
print(next(it), next(it, 'default'))
