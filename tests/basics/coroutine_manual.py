# async def coroutines driven by hand with send()
class Suspend:
    def __await__(self):
        v = yield 'suspended'
        return v
    __iter__ = __await__  # MicroPython awaits via the iterator protocol
async def inner(x):
    got = await Suspend()
    return x + got
async def outer():
    a = await inner(1)
    b = await inner(10)
    return a + b
c = outer()
print(c.send(None))
print(c.send(100))
try:
    c.send(1000)
except StopIteration as e:
    print('result', e.value)
async def simple():
    return 'no awaits'
try:
    simple().send(None)
except StopIteration as e:
    print(e.value)
