# MicroPython: built-in modules can't have attributes stored or deleted
import sys
import math

try:
    sys.x = 1
except AttributeError:
    print("AttributeError")
try:
    math.sin = None
except AttributeError:
    print("AttributeError")
try:
    delattr(math, "cos")
except AttributeError:
    print("AttributeError")
print(math.cos(0))
print(hasattr(sys, "x"))
