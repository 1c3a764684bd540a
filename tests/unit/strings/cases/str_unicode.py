s = 'a😀bé😀c'
print(len(s), s[1], s[-2], s[2:5], s[::2], s[::-1], s.find('b'), s.find('😀', 2), s.rfind('😀'), s.index('c'), s.count('😀'))
print(s.split('😀'), s.partition('b'), s.replace('😀', '!'), s.replace('', '.', 3), s.startswith('😀', 1), s.endswith('c', 5))
print(s.center(10, '*'), '{:^9}'.format(s), '%8s|' % s, s.upper(), s.strip('a😀c'), s.lstrip('a😀'), list(s))
print([c for c in s], ord(s[1]), s.encode(), s.encode().decode() == s, str(s.encode(), 'utf8'))
print('😀' in s, 'x' in s, s < 'b', sorted(['\ue000', '😀', 'z']), max('a😀\uffff'))
print(s.count('', 2), s.find('', 6), s.find('', 7), 'abc'.count('', 1, 2), 'abc'.rfind('', 1))
print('x'.join(['😀', 'é']), ' a b '.split(' '), 'a\nb\r\nc\rd\x0ce\x1cf\u2028g'.splitlines(), 'ab\n'.splitlines(True))
print('1,2,3'.rsplit(',', 1), 'a b c'.rsplit(None, 1), 'a b c'.split(maxsplit=1), 'a,b'.split(sep=','), ' '.split(), '  x  '.rsplit())
print(repr('\x00\x01\x1f\x7f\x80\x9f\xa0\xad\u200b\ufeff\U000e0001\U0010ffff'), repr('a\\b'), repr("'\""), repr('"'))
print('%s %s' % ('a', 'b'), '%-3s|%3s' % ('😀', 'é'), '%.1s' % '😀x', '%c%c' % (128512, '😀'))
print('{:x<3}|{:😀>3}|{:😀^4}'.format('a', 'b', 'c'))
print('{0!a}'.format('é😀'))
print('abc'[1:2], 'abc'[5:], 'abc'[-10:2], 'abcdef'[::3], 'abcdef'[5:0:-2], 'abc'[True], 'abc'[-3])
print(str(), str(''), str(None), str(1.5), str(b'x'), str('é'.encode(), 'utf-8'), str(bytearray(b'a'), 'ascii'))
print('a' * 3, 3 * 'a', 'a' * 0, 'ab' * -2, 'ab' + 'cd', 'é' * 2)
x = 'ab'; x += 'c'; x *= 2; print(x)
print('%05d|%-5d|%+d|% d|%5.1f|%-8.3e|%x|%#x|%o|%#o|%X|%%|%i|%u' % (42, 42, 42, 42, 3.14159, 1234.5, 255, 255, 8, 8, 255, 7, 8))
print('%d' % 3.9, '%d' % -3.9, '%d' % True, '%s' % True, '%r' % None, '%.3d' % 7, '%5.3d|' % -7, '%+.2e' % 0.0001)
print('%(x)s %(y)r %(x)s' % {'x': 1, 'y': 'z'}, '%s' % {'k': 1}, '%s' % ([1],), '%*d|%-*d|%.*f' % (4, 1, 4, 2, 1, 2.25))
print('%g %g %g %g %G' % (100000, 1000000, 1e-4, 1e-5, 1e-5), '%e' % 0, '%f' % 1e20, '%.0f' % 2.5, '%.1f' % 0.05)
print('{} {} {}'.format(1, 'a', [2]), '{1} {0}'.format('a', 'b'), '{x} {y}'.format(x=1, y=2), '{0} {0}'.format(5))
print('{:d} {:5d} {:<5d}| {:^5d} {:+d} {:x} {:o} {:b} {:#b} {:X}'.format(1, 2, 3, 4, 5, 255, 8, 5, 5, 255))
print('{:.2f} {:10.3f} {:<10.3f}| {:e} {:.2e} {:g} {:.3g} {:%} {:.1%}'.format(1.0, 2.5, 3.25, 12345.678, 0.000123, 0.00001234, 1234567.0, 0.5, 0.123))
print('{:,} {:,.2f} {:_} {:08.2f} {:+08.2f} {:-8.2f}|'.format(10**9, 1234.5, 10**6, -1.5, 1.5, 1.5))
print('{!r} {!s} {!r:^10}|'.format('a', 'b', 'c'))
class A:
    x = 7
    y = [8]
print('{0[0]} {0[1][0]} {1[k]} {2.x} {2.y[0]}'.format([1, [2]], {'k': 'v'}, A()))
print('{:{}.{}f}|{:>{w}}|'.format(3.14159, 8, 2, 'r', w=4))
print(f'{1+1} {"a"!r} {3.14159:.2f} {"x":>3} {10:#x} {{}} {[1,2]}')
w = 5; p = 2; v = 2.71828
print(f'{v:{w}.{p}f}|{v!r}|{w=}' if False else f'{v:{w}.{p}f}|{v!r}')
print(format(5), format(5, '03'), format(1.5, '.3f'), format('s', '>3'), format(True), format(True, 'd'), format(None), format([1]))
print(format(255, 'x'), format(-255, '#x'), format(2**64, ','), format(-0.0, 'z.1f'), format(-0.0, '.1f'), format(12, 'c'))
print(format(float('nan'), '+'), format(float('inf'), '05'), format(1e300, ''), format(1.5, '010'), format(1, 'e'), format(-1, '%'))
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
print(format(F(), 'abc'), '{:xy}'.format(F()), f'{F():z}')
class S(str):
    pass
s2 = S('hello')
print(s2.upper(), len(s2), s2[1], s2 + '!', '%s' % s2, s2.split('l'), 'he' in s2, s2 == 'hello', '{}'.format(s2))
