# chained generator pipelines
def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x
print(list(take(5, evens(squares(numbers(100))))))
print(sum(squares(numbers(10))))
pipe = evens(squares(numbers(7)))
print(next(pipe), next(pipe), list(pipe))
print(list(zip(numbers(3), squares(numbers(5)))))
print(dict(zip('abc', numbers(3))) == {'a': 0, 'b': 1, 'c': 2})
def running_total(it):
    t = 0
    for x in it:
        t += x
        yield t
print(list(running_total(numbers(6))))
