# round() on ints with ndigits
print(round(5), round(-5), round(1234, -1), round(1235, -1), round(1245, -1))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(123, 2), round(123, 0), type(round(7, 1)).__name__)
