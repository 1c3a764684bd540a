# catching with a tuple of exception classes
def risky(n):
    if n == 0:
        return 1 / 0
    if n == 1:
        return [][1]
    if n == 2:
        return {}['x']
    if n == 3:
        return int('x')
    return 'ok'
for n in range(5):
    try:
        print(risky(n))
    except (ZeroDivisionError, IndexError) as e:
        print('arith/index', type(e).__name__)
    except (KeyError, ValueError) as e:
        print('key/value', type(e).__name__)
