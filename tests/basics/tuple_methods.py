# tuple count/index, concatenation, repetition, comparison
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(3), t.index(1, 1), t.index(2, -3))
print(t + (4,), (0,) * 3, 2 * (5, 6), () * 5, t[1:3], t[-2:])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, 'a') == (1, 'a'))
try:
    t.index(7)
except ValueError:
    print('ValueError')
try:
    t + [1]
except TypeError:
    print('TypeError')
