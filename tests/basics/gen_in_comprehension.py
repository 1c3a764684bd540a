# generators consumed by comprehensions, zip and unpacking
def squares(n):
    for i in range(n):
        yield i * i
print([s for s in squares(5) if s % 2 == 0])
print({s: s ** 0.5 for s in squares(3)})
print(list(zip(squares(3), 'abc')))
a, b, *rest = squares(5)
print(a, b, rest)
print(*squares(3))
print(sorted(squares(4), reverse=True))
