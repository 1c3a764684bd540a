# if / elif / else with various truthy and falsy values
for v in [0, 1, -1, 0.0, 2.5, '', 'a', [], [0], (), (1,), {}, {1: 2}, None, True, False]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')

def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'

for n in (-5, 0, 3, 10, 100):
    print(n, classify(n))

# nested if
x = 5
if x > 0:
    if x > 3:
        print('x > 3')
    else:
        print('0 < x <= 3')
if x: print('one-line if')
