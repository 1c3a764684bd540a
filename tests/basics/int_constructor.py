# int() from floats, bools, strings and objects with __int__/__index__
print(int(), int(3.9), int(-3.9), int(True), int(False), int('-0'), int(1e20))
class I:
    def __int__(self):
        return 42
print(int(I()))
print(int(b'12') if False else int('12'), type(int('5')).__name__)
for bad in ('1.5', '', 'abc', '1e3'):
    try:
        int(bad)
    except ValueError:
        print('ValueError')
try:
    int([1])
except TypeError:
    print('TypeError')
try:
    int(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    int(float('nan'))
except ValueError:
    print('ValueError nan')
