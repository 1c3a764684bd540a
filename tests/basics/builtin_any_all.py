# any and all
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any('') , all(''))
print(any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
def noisy(v):
    print('check', v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
print(any([None, '', [], 'x']), all([[0], (0,), '0']))
