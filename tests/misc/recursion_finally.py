# finally blocks run while a recursion error unwinds
count = [0]
def f(n):
    try:
        return f(n + 1)
    finally:
        count[0] += 1
try:
    f(0)
except RuntimeError:
    print('RuntimeError', count[0] > 10)
def g(n):
    try:
        return g(n + 1)
    except RuntimeError:
        if n == 0:
            return 'handled at the bottom'
        raise
print(g(0))
