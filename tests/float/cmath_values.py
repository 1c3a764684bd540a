# cmath functions, printed to 10 significant digits (CPython agrees on these)
import cmath

def c(z):
    return "(%.10g, %.10g)" % (z.real, z.imag)

zs = [1 + 0j, 1j, -1 + 0.5j, 2.5 - 3j, -0.25 - 0.75j, 3, 2.0, True]
for z in zs:
    print(z, "%.10g" % cmath.phase(z), "%.10g %.10g" % cmath.polar(z))
    print(" exp", c(cmath.exp(z)), "log", c(cmath.log(z)), "log10", c(cmath.log10(z)))
    print(" sqrt", c(cmath.sqrt(z)), "cos", c(cmath.cos(z)), "sin", c(cmath.sin(z)))
for r, phi in ((1, 0), (2, 1.5), (0.5, -2.0), (3, 3.14159)):
    print(c(cmath.rect(r, phi)))
print("%.15g %.15g" % (cmath.pi, cmath.e))

class F:
    def __float__(self):
        return 2.0

class C:
    def __complex__(self):
        return complex(3, 4)

print(cmath.polar(F()), cmath.polar(C()))
for bad in ("x", [], None):
    try:
        cmath.sqrt(bad)
    except TypeError:
        print("TypeError")
