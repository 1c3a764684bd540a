# ValueError, IndexError, KeyError and ZeroDivisionError messages (MicroPython wording)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e.args[0] if e.args else '')
show(lambda: int('abc'))
show(lambda: int('12', 2))
show(lambda: float('x'))
show(lambda: [1, 2].index(5))
show(lambda: [].remove(1))
show(lambda: 'abc'.index('z'))
show(lambda: [][0])
show(lambda: (1,)[5])
show(lambda: 'ab'[9])
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: {'a': 1}['b'])
show(lambda: set().pop())
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: divmod(1, 0))
show(lambda: chr(-1))
show(lambda: range(1, 2, 0))
show(lambda: max([]))
show(lambda: 1 << -1)
def unpack_many():
    a, b = [1, 2, 3]
show(unpack_many)
def unpack_few():
    a, b, c = [1, 2]
show(unpack_few)
show(lambda: bytes([300]))
