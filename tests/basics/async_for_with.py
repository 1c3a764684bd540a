# async for and async with, driven by hand
class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACtx:
    async def __aenter__(self):
        print('aenter')
        return 'ctx'
    async def __aexit__(self, t, v, tb):
        print('aexit', t is None)
        return False
async def main():
    out = []
    async for x in AIter(3):
        out.append(x)
    async with ACtx() as c:
        out.append(c)
    return out
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
