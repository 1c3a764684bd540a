# converting big integers to and from strings
n = 3 ** 200
s = str(n)
print(len(s), s[:10], s[-10:], int(s) == n)
print(hex(n)[:12], int(hex(n), 16) == n, int(bin(n), 0) == n, int(oct(n)[2:], 8) == n)
print(str(-n)[:11])
print(int('-' + '9' * 50) + 1)
print(int('1' * 40, 2), int('z' * 10, 36))
print(repr(2 ** 64), '%d' % (2 ** 64), '{}'.format(-(2 ** 64)), f'{2 ** 64:x}')
print('{:,}'.format(2 ** 64), '{:>25}'.format(2 ** 64))
