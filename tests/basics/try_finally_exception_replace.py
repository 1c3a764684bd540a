# an exception raised in finally replaces the one in flight
def f():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print('caught', type(e).__name__, e)
except ValueError:
    print('wrong')
try:
    try:
        1 / 0
    finally:
        print('cleanup')
except ZeroDivisionError:
    print('outer caught')
