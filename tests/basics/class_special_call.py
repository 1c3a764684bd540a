# __call__, __bool__, __hash__, __index__-free protocols
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
a = Adder(10)
print(a(1), a(1, 2), a(x=3, y=4), callable(a), callable(Adder))
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Sized()), bool(Adder(0)))
print('yes' if Falsy() else 'no', not Sized())
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return self.k == o.k
d = {Key(1): 'one', Key(2): 'two'}
print(d[Key(1)], d[Key(2)], Key(3) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
