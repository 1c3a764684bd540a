# closures over several nesting levels and nonlocal skipping a level
def a():
    x = 'a'
    def b():
        y = 'b'
        def c():
            nonlocal x
            x = x + '!'
            return x + y
        return c
    return b, lambda: x
b, getx = a()
c = b()
print(c(), c(), getx())
