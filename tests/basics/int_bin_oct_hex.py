# bin/oct/hex and their round trips
for n in (0, 1, -1, 7, 255, -255, 2 ** 40, -(2 ** 70)):
    print(bin(n), oct(n), hex(n), int(bin(n), 0) == n, int(hex(n), 16) == n)
print('{:b} {:o} {:x} {:X}'.format(10, 10, 255, 255))
try:
    hex(1.5)
except TypeError:
    print('TypeError')
