# instance attributes shadow class attributes; mutable class attributes are shared
class C:
    count = 0
    shared = []
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(C.count, b.shared, b.own)
a.count = 99
print(a.count, b.count, C.count)
del a.count
print(a.count)
C.new_attr = 'added later'
print(b.new_attr)
print(sorted(k for k in a.__dict__))
