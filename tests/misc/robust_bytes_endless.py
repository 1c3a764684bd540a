# bytes/bytearray from an endless iterable raise MemoryError instead of aborting the process.
def g():
    while True:
        yield 1

for f in (lambda: bytes(g()), lambda: bytearray(g()), lambda: bytearray().extend(g())):
    try:
        f()
    except MemoryError as e:
        print('MemoryError', e)
