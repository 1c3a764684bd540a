# comparing a user instance with None still calls its __eq__ / __ne__


class E:
    def __eq__(self, other):
        print("eq", other)
        return 123


class N:
    def __ne__(self, other):
        print("ne", other)
        return -1


print(E() == None)
print(None == E())
print(E() != None)
print(N() != None)
print(None != N())
x = None
print(x == None, x != None, 1 == None)
