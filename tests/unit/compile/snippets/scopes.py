x = 1
def f():
    global x
    x = 2
    y = x
def g():
    print(x)
class K:
    a = 1
    b = a + 1
    def m(self):
        return a
