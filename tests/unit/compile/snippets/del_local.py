def f():
    a = 1
    del a
    b = [1]
    del b[0]
    def g():
        return b
    del b
