def inner(x):
    if x > 1:
        return inner(x - 1)
    raise ValueError(x)

def middle():
    try:
        inner(3)
    finally:
        pass

middle()
