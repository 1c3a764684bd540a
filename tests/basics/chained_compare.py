# chained comparisons evaluate each operand once
def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 == 2)
print(1 < 2 > 0)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
a = [1, 2]
print(1 in a in [a])
x = 5
print(0 <= x < 10, 0 <= x < 5)
print('a' < 'b' <= 'b' != 'c')
