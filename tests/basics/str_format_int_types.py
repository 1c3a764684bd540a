# str.format with int presentation types and alternate forms
for n in (0, 7, -7, 255, 4096):
    print('{0:d}|{0:5d}|{0:<5d}|{0:^7d}|{0:x}|{0:#X}|{0:o}|{0:#o}|{0:b}'.format(n) if n >= 0 else '{0:d}|{0:5d}|{0:x}|{0:#b}'.format(n))
print('{:c}{:c}'.format(65, 0x20ac), '{:d}'.format(True))
print('{:5}|{:<5}|{:^5}|{:>5}'.format(1, 2, 3, 4))
print('{:e}'.format(12345), '{:.2f}'.format(3), '{:%}'.format(1))
