# all augmented operators on ints
n = 0b1010
n |= 0b0101
print(n)
n &= 0b0110
print(n)
n ^= 0b1111
print(n)
n <<= 3
print(n)
n >>= 2
print(n)
