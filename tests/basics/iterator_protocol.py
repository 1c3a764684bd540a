# user-defined iterables and iterators
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
cd = Countdown(3)
print(list(cd), list(cd), sum(cd), max(cd), 2 in cd, sorted(cd))
class Pairs:
    def __init__(self, s):
        self.s = s
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i + 1 >= len(self.s):
            raise StopIteration
        r = self.s[self.i:self.i + 2]
        self.i += 2
        return r
print(list(Pairs('abcdefg')))
a, b = Pairs('wxyz')
print(a, b)
print(dict(zip(Countdown(2), 'ab')) == {2: 'a', 1: 'b'})
print([x for x in Countdown(4) if x % 2 == 0])
print(list(enumerate(Countdown(2))), tuple(Countdown(2)), set(Countdown(2)) == {1, 2})
it = iter(Countdown(5))
print(next(it), next(it), list(it))
