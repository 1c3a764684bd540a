# sum, abs, round on ints
print(sum([]), sum([1, 2, 3]), sum(range(10)), sum([1, 2], 10), sum(((1,), (2,)), ()))
print(sum([[1], [2]], []), sum(x for x in [0.5, 0.25]))
print(abs(-3), abs(3), abs(-2 ** 70), abs(True))
print(round(5), round(17, -1), round(15, -1), round(25, -1), round(1234, -2))
print(type(round(3)).__name__)
