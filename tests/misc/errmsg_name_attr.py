# NameError and AttributeError messages (MicroPython wording)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e.args[0] if e.args else '')
show(lambda: no_such_variable)
def local_before_assignment():
    print(x)
    x = 1
show(local_before_assignment)
show(lambda: (1).foo)
show(lambda: 'str'.nope)
show(lambda: [].nope)
class C:
    pass
show(lambda: C().missing)
show(lambda: C.missing)
show(lambda: None.attr)
def setattr_int():
    (5).x = 1
show(setattr_int)
