# left/right shifts across the small/big boundary, negative values
for n in (1, -1, 3, -3, 255):
    print([n << k for k in (0, 1, 30, 31, 32, 62, 63, 64, 100)])
big = 1 << 100
print(big >> 1, big >> 99, big >> 100, big >> 101, big >> 1000)
print(-big >> 1, -big >> 100, -big >> 101, -1 >> 5, -7 >> 1, -(1 << 70) >> 69)
try:
    1 << -1
except ValueError:
    print('ValueError')
try:
    1 >> -1
except ValueError:
    print('ValueError')
