# chr and ord
print([ord(c) for c in 'Az09 ~'])
print(''.join(chr(i) for i in range(65, 75)))
print(ord('\n'), ord('\u00ff'), ord('\u0100'), ord('\uffff'))
print(chr(0) == '\x00', chr(127) == '\x7f', len(chr(0x10000)))
try:
    ord('ab')
except TypeError:
    print('TypeError ord of long string')
try:
    chr(-1)
except ValueError:
    print('ValueError chr negative')
print(ord(b'a'), ord('é'))
