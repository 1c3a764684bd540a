# building large strings in different ways
parts = []
for i in range(1000):
    parts.append(str(i))
s = ''.join(parts)
print(len(s), s[:20], s[-10:])
acc = ''
for i in range(500):
    acc += 'ab'
print(len(acc), acc[:6])
print(len('x' * 100000), ('ab' * 3)[::1])
lines = '\n'.join('line %d' % i for i in range(5))
print(lines)
print(lines.count('\n'), len(lines.splitlines()))
print('-'.join(['a'] * 5), ' '.join(map(str, range(10))))
