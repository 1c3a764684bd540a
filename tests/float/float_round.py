# round() on floats
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(3.14159, 2), round(2.665, 1), round(1234.5678, -2), round(-1.25, 1))
print(round(1.0), type(round(1.0)).__name__, type(round(1.0, 1)).__name__)
print(round(7.9999, 3), round(0.0001, 3), round(123.456, 0))
print(round(1e20) == 10 ** 20, round(-3.7), round(3.7))
