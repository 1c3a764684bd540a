# return in finally overrides the try's return and swallows exceptions
def f():
    try:
        return 'try'
    finally:
        return 'finally'
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('h finally x =', x)
print(f(), g(), h())
