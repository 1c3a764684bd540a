# big-int floor division/modulo with all sign combinations
big = 12345678901234567890123
for a in (big, -big):
    for b in (97, -97, 10 ** 15, -(10 ** 15), big // 3, -(big // 7)):
        q, r = divmod(a, b)
        print(q, r, q * b + r == a, a // b == q, a % b == r)
