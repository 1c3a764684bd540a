def a():
    x = 1
    def b():
        global y
        y = x
        def c():
            nonlocal x
            x = 2
        return c
    return b
