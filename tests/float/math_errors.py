# math: errors and their messages where MicroPython and CPython agree
import math

def t(expr):
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

for e in ("math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(1, 0)", "math.log(2, 1)", "math.log(2, -2)",
          "math.acos(2)", "math.asin(-1.5)", "math.atanh(1)", "math.acosh(0.5)", "math.log2(0)", "math.log10(-5)",
          "math.fmod(1, 0)", "math.fmod(math.inf, 1)", "math.pow(-8, 1/3)", "math.pow(0, -1)", "math.gamma(0)",
          "math.gamma(-3)", "math.lgamma(-2)", "math.factorial(-1)", "math.factorial(2.0)", "math.sqrt('x')",
          "math.sqrt(None)", "math.ceil(math.inf)", "math.floor(math.nan)", "math.trunc(-math.inf)",
          "math.isclose(1, 1, rel_tol=-1)", "math.cos(math.inf)", "math.sin(-math.inf)", "math.tan(math.inf)"):
    t(e)
