# format 'c' alignment and sign, % with __int__, dict arguments, zero-padded inf/nan
for spec in ('4c', '<4c', '^5c', '>3c', '04c', '=4c', '*>3c', '2c', '1c'):
    print(spec, '>' + format(65, spec) + '<', '>' + ('{:' + spec + '}').format(0x263a) + '<')
try:
    '{0:+c}'.format(1)
except ValueError:
    print('ValueError')
try:
    '{: c}'.format(1)
except ValueError:
    print('ValueError')


class A:
    def __int__(self):
        return 42


print('%d %5d|%-4d|%i' % (A(), A(), A(), A()))
print('%s %(foo)s %(foo)s' % {'foo': 1})
print('%(a)s-%(b)d' % {'a': 'x', 'b': 2})
for f in ('%(foo)s %s', '%(foo)s %(foo)s %d'):
    try:
        print(f % {'foo': 1})
    except TypeError:
        print('TypeError')
for v in (float('inf'), float('-inf'), float('nan')):
    print('%06f|%06e|%-6g|%+07f|%6.2f' % (v, v, v, v, v), '{:06f}|{:06e}|{:+07}'.format(v, v, v))
print('%.2f %.3f %f %.1f' % (1e20, -123456.5, 1e15, 2.25))
