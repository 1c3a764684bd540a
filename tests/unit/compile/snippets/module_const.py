from micropython import const
X = const(10)
_Y = const(20)
Z = const(1 << 8)
print(X + 1, _Y, Z)
import math
p = math.pi
