# class decorators and decorators on methods
def add_hello(cls):
    cls.hello = lambda self: 'hello from ' + cls.__name__
    return cls
@add_hello
class A:
    pass
print(A().hello())
def log_method(f):
    def w(self, *a):
        print('->', f.__name__, a)
        return f(self, *a)
    return w
class B:
    @log_method
    def m(self, x):
        return x * 2
print(B().m(21))
class Counter:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Counter
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
