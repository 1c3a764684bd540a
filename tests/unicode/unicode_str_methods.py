# isX and case methods on non-ASCII text where MicroPython and Python agree
print('ABC\xe9'.lower())
print('abc\u20ac'.upper())
print('\u20ac'.isdigit(), '\u20ac'.isspace())
print(' \u20ac '.strip(), len(' \u20ac '.strip()))
print('\u20ac'.center(4) == ' \u20ac  ' or '\u20ac'.center(5))
