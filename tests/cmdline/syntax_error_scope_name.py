# an error found by the compiler names the scope being compiled
print('nothing runs')


def f():
    x = 1
    break
