# __init__ signatures, defaults and errors
class A:
    def __init__(self, a, b=2, *rest, **kw):
        self.state = (a, b, rest, sorted(kw.items()))
print(A(1).state, A(1, 3, 4, 5, k=6).state)
try:
    A()
except TypeError:
    print('TypeError missing a')
class NoInit:
    pass
print(type(NoInit()).__name__)
class B(A):
    pass
print(B('x').state)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError:
    print('TypeError __init__ returned non-None')
