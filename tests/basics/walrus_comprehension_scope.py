# := inside a comprehension binds in the enclosing scope
data = [1, 5, 2, 8, 3]
big = [y for x in data if (y := x * 2) > 5]
print(big, y)
def f():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total
print(f())
if any((hit := v) > 4 for v in data):
    print('first over 4:', hit)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
