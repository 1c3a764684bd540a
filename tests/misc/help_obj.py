# help(obj): "object <str(obj)> is of type <name>", then the type's (or module's) members
# as "  name -- str(value)", as MicroPython prints them
class A:
    s = "text"
    n = 2
    @classmethod
    def c(cls):
        pass
    @staticmethod
    def st():
        pass
help(A)
help(A().s * 0 or None)
print(repr(A.__dict__["c"]), str(A.__dict__["st"]), repr(int.__dict__["from_bytes"]))
help(None)
