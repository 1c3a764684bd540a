# class bodies do not create an enclosing scope for methods
y = 'module'
class C:
    y = 'class'
    z = y + '!'
    def m(self):
        return y
    vals = [y for _ in range(1)]
print(C.z, C().m())
def outer():
    v = 'outer'
    class D:
        w = v
        def get(self):
            return v
    return D
D = outer()
print(D.w, D().get())
