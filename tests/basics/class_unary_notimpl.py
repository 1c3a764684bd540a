# a unary special method returning NotImplemented: that is simply the result


class C:
    def __neg__(self):
        return NotImplemented

    def __pos__(self):
        return NotImplemented

    def __invert__(self):
        return "inv"


c = C()
print(-c)
print(+c)
print(~c)
print(-c is NotImplemented)
print(type(hash(NotImplemented)))


class D:
    pass


try:
    -D()
except TypeError:
    print("TypeError")
