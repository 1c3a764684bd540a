# chr/ord for ASCII and round trips
print([chr(i) for i in range(65, 71)], [ord(c) for c in 'az09 '])
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(chr(0) == '\x00', ord('\n'), ord('\x7f'))
try:
    chr(-1)
except ValueError:
    print('ValueError')
try:
    chr('a')
except TypeError:
    print('TypeError')
