# misuse of a keyword
print('no output')
def f():
    return 1
class = 5
