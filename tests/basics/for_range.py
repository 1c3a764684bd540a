# range in for loops with various steps
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 10, 3)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)))
print(list(range(5, 0)))
print(list(range(-5, -1)))
print(list(range(0, -10, -4)))
total = 0
for i in range(100):
    total += i
print(total)
for i in range(3, -3, -2):
    print(i, end=' ')
print()
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError for zero step')
