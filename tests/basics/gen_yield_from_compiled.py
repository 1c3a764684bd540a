# yield from with send, throw, close and StopIteration values, also when the generator runs compiled (jit).
def sub(n):
    for i in range(n):
        x = yield i
        if x: print("sub got", x)
    return "done"
def outer():
    r = yield from sub(3)
    print("r", r)
    try:
        yield from sub(2)
    except ValueError as e:
        print("caught", e)
    yield "end"
g = outer()
print(next(g), g.send(5), next(g))
print(next(g))
print(g.throw(ValueError("boom")))
def chain():
    yield from range(3)
    yield from [7, 8]
print(list(chain()))
class E(Exception): pass
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def out2():
    yield from inner()
g = out2(); print(next(g)); g.close(); print("closed")
