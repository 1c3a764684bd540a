# iter() and next()
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
s = iter('ab')
print(list(s), list(s))
try:
    iter(5)
except TypeError:
    print('TypeError not iterable')
try:
    next([1])
except TypeError:
    print('TypeError not an iterator')
d = iter({'k': 1})
print(next(d))
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(10)), next(iter(Count(1))))
c = Count(2)
for x in c:
    print('c', x)
print(list(c))
