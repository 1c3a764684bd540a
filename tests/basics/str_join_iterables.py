# str.join with various iterables
print('-'.join(['a', 'b', 'c']))
print('-'.join(('x',)))
print('-'.join([]))
print(''.join(['ab', 'cd']))
print(', '.join(str(n) for n in range(5)))
print('|'.join('abc'))
print('+'.join(sorted({'b', 'a', 'c'})))
print('.'.join(map(str, [1, 2, 3])))
d = {'k': 1}
print('/'.join(d))
print('xy'.join(['1', '2', '3']))
for bad in ([1, 2], ['a', None], 5):
    try:
        ','.join(bad)
    except TypeError:
        print('TypeError')
