# chr/ord across the code point range
for cp in (0, 0x7f, 0x80, 0xff, 0x100, 0x7ff, 0x800, 0xffff, 0x10000, 0x1f600, 0x10ffff):
    c = chr(cp)
    print(hex(cp), len(c), ord(c) == cp, len(c.encode()))
try:
    chr(0x110000)
except ValueError:
    print('ValueError')
try:
    ord('ab')
except TypeError:
    print('TypeError')
try:
    ord('')
except TypeError:
    print('TypeError empty')
