# str() constructor on various values
print(str(), str(123), str(-4), str(True), str(None), str([1, 'a']), str((1,)), str({1: 2}))
print(str('abc'), str(b'ab', 'utf-8'), str(bytearray(b'xy'), 'utf-8'))
print(str(b'hi'))
print(type(str(1)) is str)
class C:
    def __str__(self):
        return 'C!'
print(str(C()))
