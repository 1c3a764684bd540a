# str + and *, including zero/negative repetition and type errors
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, repr('' * 5))
s = 'x'
s += 'y'
s *= 2
print(s)
for bad in (lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' * 'b', lambda: 'a' * 1.5):
    try:
        bad()
    except TypeError:
        print('TypeError')
