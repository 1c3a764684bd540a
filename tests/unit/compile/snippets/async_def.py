async def f():
    await g()
    async with a as b:
        pass
    async for x in y:
        print(x)
    else:
        pass
