# int() conversions and bases
print(int(), int(0), int(3.99), int(-3.99), int(True), int('0'))
print(int('ff', 16), int('FF', 16), int('0x1f', 16), int('0x1f', 0), int('0o17', 0), int('0b11', 0))
print(int('777', 8), int('101', 2), int('z', 36), int('-10', 3), int(' 12 ', 10))
print(int('1_000'), int('0', 0))
for bad in ['', ' ', '1.5', 'abc', '12a', '0x', '--1']:
    try:
        int(bad)
        print('no error for', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
try:
    int('9', 8)
except ValueError:
    print('ValueError digit out of base')
try:
    int([])
except TypeError:
    print('TypeError list')
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print(hex(2 ** 70), bin(2 ** 40), oct(2 ** 33))
print(int(10 ** 20 + 0.0) == 10 ** 20)
