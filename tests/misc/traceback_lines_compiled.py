# Traceback lines of errors raised at several points of one function, interpreted and compiled alike
# (expected output from MicroPython's unix port).
import sys
def f(k, d, l):
    a = d["x"]
    b = l[k]
    c = a + b
    e = c // (k - 3)
    g = [1, 2][k]
    return g.foo
for k in range(6):
    for args in (({"x": 1}, [1, 2, 3, 4, 5, 6]), ({}, [1]), ({"x": "s"}, [1] * 9)):
        try:
            f(k, *args)
        except Exception as ex:
            sys.print_exception(ex)
def gen(n):
    for i in range(n):
        yield 10 // (i - 2)
try:
    print(list(gen(5)))
except ZeroDivisionError as ex:
    sys.print_exception(ex)
