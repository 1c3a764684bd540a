# errors from classes, instances and special methods (MicroPython wording)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e.args[0] if e.args else "")
class C:
    def __init__(self, x):
        self.x = x
class R:
    def __init__(self):
        return 5
class NoNew:
    pass
show(lambda: C())
show(lambda: C(1, 2))
show(lambda: C(y=1))
show(lambda: R())
show(lambda: C(1) + C(2))
show(lambda: C(1) < C(2))
show(lambda: len(C(1)))
show(lambda: C(1)[0])
show(lambda: iter(C(1)))
show(lambda: C(1)())
show(lambda: -C(1))
show(lambda: 1 in C(1))
def setitem():
    C(1)[0] = 1
show(setitem)
def delitem():
    del C(1)[0]
show(delitem)
show(lambda: C(1).missing)
show(lambda: C.__init__())
show(lambda: object.__new__(5))
class Base:
    pass
show(lambda: super())
