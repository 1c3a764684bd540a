# Built-in methods called through their type with a self of the wrong type raise TypeError
# (found by tests/unit/robustness/api_fuzz.test.mjs: these used to leak a JS TypeError).
def check(f, *args):
    try:
        f(*args)
        print('no error')
    except TypeError:
        print('TypeError')

check(tuple.count, 5, 1)
check(tuple.count, [1, 2], 1)
check(tuple.index, 'ab', 'a')
check(tuple.index, None, 1, 0, 5)
check(slice.indices, 5, 1)
check(slice.indices, b'ab', 0)
check(list.append, (), 1)
check(dict.keys, [])
check(set.add, frozenset(), 1)
print(tuple.count((1, 2, 1), 1), tuple.index((1, 2), 2), slice.indices(slice(1, None), 5))
