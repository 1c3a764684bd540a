with open('f') as f:
    data = f.read()
with a, b as c:
    pass
def g():
    with x:
        return 1
