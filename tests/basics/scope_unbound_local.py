# assigning anywhere in a function makes the name local throughout
x = 'global'
def f():
    try:
        print(x)
    except NameError as e:
        print('NameError', isinstance(e, NameError))
    x = 'local'
    return x
print(f())
def g():
    print(x)
g()
def h():
    global x
    x = 'rebound'
h()
print(x)
