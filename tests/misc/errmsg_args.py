# messages for wrong function arguments (MicroPython wording)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e.args[0] if e.args else '')
def two(a, b):
    pass
def kwonly(*, k):
    pass
def dflt(a, b=1):
    pass
show(lambda: two(1))
show(lambda: two(1, 2, 3))
show(lambda: two(1, 2, c=3))
show(lambda: two(1, a=2))
show(lambda: kwonly())
show(lambda: kwonly(1))
show(lambda: dflt())
show(lambda: dflt(1, 2, 3))
class C:
    def m(self, x):
        pass
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: isinstance(1))
