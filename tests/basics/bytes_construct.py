# bytes constructor forms
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b'copy'))
print(bytes('abc', 'utf-8'), bytes(bytearray(b'ba')), bytes((x for x in (104, 105))))
for bad in ([256], [-1]):
    try:
        bytes(bad)
    except ValueError:
        print('ValueError')
try:
    bytes('abc')
except TypeError:
    print('TypeError')
try:
    bytes([1.5])
except TypeError:
    print('TypeError')
