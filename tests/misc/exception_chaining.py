# raise X from Y: MicroPython accepts the syntax, ignores the cause and
# prints a warning (to stderr) each time a cause is given
try:
    try:
        {}['x']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print('caught', type(e).__name__, e.args)
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError('wrapped') from z
try:
    f()
except RuntimeError as e:
    print(e.args)
