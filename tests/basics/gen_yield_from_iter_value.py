# the value of a StopIteration raised by a user iterator's __next__ is the result
# of `yield from` over it, and next() re-raises it with that value


class Counter:
    def __init__(self, n, result):
        self.i = 0
        self.n = n
        self.result = result

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration(self.result)
        self.i += 1
        return self.i


def gen(n, result):
    r = yield from Counter(n, result)
    print("got", r)
    return r


print(list(gen(3, "done")))
print(list(gen(0, (1, 2))))


class Plain:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(list(gen(2, None)))


def gen2():
    r = yield from Plain()
    print("plain", r)


print(list(gen2()))

try:
    next(Counter(0, 42))
except StopIteration as e:
    print("StopIteration", e.value)
