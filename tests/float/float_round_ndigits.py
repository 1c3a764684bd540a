# round() with ndigits on floats
print(round(3.14159, 2), round(3.14159, 0), round(2.5), round(3.5), round(-2.5), round(0.5))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1.005, 2), round(1e20, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, 1)).__name__)
try:
    round(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    round(float('nan'))
except ValueError:
    print('ValueError')
