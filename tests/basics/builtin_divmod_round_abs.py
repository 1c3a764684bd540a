# divmod/round/abs across types
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 3))
print(abs(-3), abs(3), abs(-2 ** 70), abs(0), abs(-0.0))
print(round(7.5), round(8.5), round(-7.5), round(1.23456, 3))
try:
    divmod('a', 1)
except TypeError:
    print('TypeError')
try:
    abs('x')
except TypeError:
    print('TypeError abs')
