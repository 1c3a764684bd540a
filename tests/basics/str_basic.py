# string literals, escapes, concatenation, repetition, indexing
s = 'hello'
print(s, len(s), s[0], s[-1], s[1:3])
print('a' + 'b', 'ab' * 3, 3 * 'x', '' * 5, 'q' * 0, 'q' * -1)
print('it\'s', "say \"hi\"", 'tab\there', 'new\nline', 'back\\slash')
print('\x41\x42', '\101', '\u00e9', len('\u00e9'))
print(r'raw\n', len(r'\n'))
print('adjacent' ' literals' " joined")
print('''triple
quoted''', """also "triple" """)
print('abc' == 'abc', 'abc' < 'abd', 'Z' < 'a', 'abc' < 'ab', '' < 'a')
print('ell' in s, 'xyz' in s, '' in s, 'h' not in s)
try:
    s[10]
except IndexError:
    print('IndexError')
try:
    s[0] = 'H'
except TypeError:
    print('TypeError immutable')
print(repr('quote\'s'), repr("dq\"s"), repr('both\'"'), repr('\n\t\\'), repr('\x00\x7f'))
print(str(123), str(-4.5), str([1, 'a']), str((1,)), str(None))
print(ord('A'), chr(97), ord('\u20ac'), chr(8364), chr(0x1F600) == '\U0001F600')
for c in 'ab':
    print(c, end='.')
print()
