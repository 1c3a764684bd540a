# Sizes too big to allocate raise MemoryError (or OverflowError for a size beyond a machine word),
# quickly and without crashing the process; an endless iterable consumed into a sequence too.
import array

cases = [
    "bytearray(2**40)", "bytes(2**40)", "[0] * 2**40", "'a' * 2**40", "b'a' * 2**40",
    "(1,) * 2**40", "[1, 2] * (2**62)", "list(range(2**62))", "tuple(range(2**62))",
    "bytearray(b'a') * 2**40", "array.array('i', bytes(2**40))", "'x' * 2**31", "1 << 2**40",
]
for c in cases:
    try:
        eval(c)
        print(c, 'no error')
    except MemoryError as e:
        print(c, 'MemoryError', e)

for c in ("bytearray(10**20)", "bytes(10**20)", "'ab' * 10**20"):
    try:
        eval(c)
        print(c, 'no error')
    except OverflowError as e:
        print(c, 'OverflowError', e)
