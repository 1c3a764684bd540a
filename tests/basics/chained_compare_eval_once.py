# chained comparisons evaluate middle operands once and short-circuit
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 > 0 != 5 == 5, 1 == 1.0 < 2, 'a' < 'b' <= 'b' < 'c')
x = 5
print(0 <= x < 10, 0 <= x < 5, 1 < x in [5], x is not None is not False)
