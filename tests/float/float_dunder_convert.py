# a user __float__ is used wherever a float is needed
import math


class F:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


print(float(F(2.5)))
print("%.2f" % F(1.25))
print("%e" % F(1234.5))
print("%g" % F(0.5))
print(math.sqrt(F(16.0)))
print(math.floor(F(2.7)))


class NoFloat:
    pass


for fmt in ("%f", "%e"):
    try:
        print(fmt % NoFloat())
    except TypeError:
        print("TypeError")
try:
    math.sqrt(NoFloat())
except TypeError:
    print("TypeError")
