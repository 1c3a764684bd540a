# augmented assignment producing and consuming big ints
n = 1
for i in range(10):
    n *= 1000
print(n)
n += 1
n -= 2
print(n)
n //= 7
print(n)
n %= 10 ** 9
print(n)
n <<= 70
n >>= 3
print(n)
n **= 2
print(n)
n |= 1
n &= (1 << 200) - 1
n ^= 5
print(n)
