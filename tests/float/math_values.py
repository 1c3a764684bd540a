# math functions over a range of arguments, printed to 12 significant digits (CPython agrees)
import math

vals = [-7.5, -2.25, -1.0, -0.5, -1e-9, 0.0, 1e-9, 0.3, 0.5, 1.0, 1.5, 2.0, 3.7, 10.0, 55.5]
for name in ("sqrt", "exp", "expm1", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma",
             "fabs", "radians", "degrees"):
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append("%.12g" % f(v))
        except ValueError as e:
            out.append("VE")
        except OverflowError:
            out.append("OE")
    print(name, " ".join(out))

for v in (0.0, -0.0, 1.0, -3.0, 0.1, 1e300, 5e-324, -2.5e-310, 123.456, float("inf"), float("nan")):
    print(v, math.frexp(v), math.modf(v), math.copysign(2.0, v))
for x, n in ((1.0, 0), (1.0, 1023), (0.75, 1024), (1.0, -1074), (0.5, -1073), (3.0, -1075), (1.5, -1075), (-1.0, 10)):
    print(x, n, math.ldexp(x, n))
for a, b in ((2.0, 10.0), (2.0, -1.0), (-2.0, 3.0), (0.5, 0.5), (10.0, -3.5), (1.0, float("nan")), (float("nan"), 0.0)):
    print(a, b, math.pow(a, b), "%.15g" % math.atan2(a, b), math.fmod(a, b), math.copysign(a, b))
print(math.log(100, 10), math.log(8, 2), math.log(2.5), math.log(1e-300))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in (0.5, -0.5, 1.5, -1.5, 2.5, 1e16, -1e16, 1e25, 123456789.75):
    print(math.ceil(x), math.floor(x), math.trunc(x))
print([math.factorial(n) for n in range(0, 25, 3)], math.factorial(60))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-12, abs_tol=1e-11), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isfinite(1), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(True), math.sqrt(True), math.sqrt(2 ** 60))
