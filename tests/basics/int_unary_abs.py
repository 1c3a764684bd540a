# unary minus/plus/invert and abs on small and big ints
for n in (0, 5, -5, 2 ** 62, -(2 ** 62), 2 ** 64, -(2 ** 64)):
    print(-n, +n, ~n, abs(n), -(-n) == n)
print(-(-(2 ** 63)), abs(-(2 ** 63)), -0)
