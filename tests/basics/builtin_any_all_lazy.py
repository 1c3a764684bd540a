# any/all short-circuit over iterators
def gen(vals):
    for v in vals:
        print('yield', v)
        yield v
print(any(gen([0, 1, 2])))
print(all(gen([1, 0, 2])))
print(any([]), all([]), any(x > 3 for x in range(3)), all(x < 3 for x in range(3)))
print(any(['', None, 0, [], 'x']), all([1, 'a', [0]]))
