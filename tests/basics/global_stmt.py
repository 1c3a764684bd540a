# global declarations
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make():
    global newname
    newname = 'created'
make()
print(newname)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(counter)
        counter = 5
    except NameError:
        print('NameError (unbound local)')
unbound()
x = 1
def outer():
    x = 2
    def inner():
        global x
        x = 3
    inner()
    return x
print(outer(), x)
