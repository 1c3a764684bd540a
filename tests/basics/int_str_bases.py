# int() parsing with bases and prefixes
print(int('ff', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('17', 0))
print(int('z', 36), int('Z', 36), int('-101', 2), int('  42  '), int('+7'), int('1_000'))
print(int('12345678901234567890', 10), int('f' * 20, 16))
for s, base in (('', 10), ('12a', 10), ('0x', 16), ('9', 8), ('1 2', 10), ('08', 0)):
    try:
        int(s, base)
    except ValueError:
        print('ValueError', repr(s))
try:
    int('1', 1)
except ValueError:
    print('ValueError base')
