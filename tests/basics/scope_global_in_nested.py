# global declarations inside nested functions
counter = 0
def outer():
    def inner():
        global counter
        counter += 1
    inner()
    inner()
    return counter
print(outer(), counter)
def make():
    global made
    made = 'created by function'
make()
print(made)
