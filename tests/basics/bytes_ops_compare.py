# bytes concatenation, repetition, comparison and hashing
a = b'abc'
print(a + b'def', a * 2, 2 * a, a * 0, a + bytearray(b'!'))
print(a == b'abc', a != b'abd', a < b'abd', a < b'ab', b'' < a, a >= a)
print(hash(a) == hash(b'abc'))
d = {b'k': 1}
print(d[b'k'], b'k' in d)
for bad in (lambda: a + 1, lambda: a + [1]):
    try:
        bad()
    except TypeError:
        print('TypeError')
