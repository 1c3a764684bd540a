# floor division, modulo and divmod of big ints whose quotient is small (the runtime estimates
# such quotients from the operands' top bits), in every sign combination, with exact divisions
# and quotients a hair either side of an integer.

M = 1000000007


def check(x, y):
    q = x // y
    r = x % y
    dq, dr = divmod(x, y)
    assert dq == q and dr == r, (x, y)
    assert q * y + r == x
    assert r == 0 or (r < 0) == (y < 0)
    assert abs(r) < abs(y)
    return q, r % M


def run(y, qs):
    out = []
    for q in qs:
        for d in (0, 1, -1, 2, -2, y // 3, y - 1, -(y - 1), 1 << 60, -(1 << 60)):
            x = q * y + d
            for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
                out.append(check(sx * x, sy * y))
    return out


for bits in (1400, 1500, 1501, 1600, 3000, 20000):
    y = (1 << bits) // 7 + 12345
    res = run(y, (0, 1, 2, 7, 10, 99, 1 << 25, (1 << 26) + 3, 1 << 40))
    print(bits, len(res), res[:6], sum(q for q, r in res) % M, sum(r for q, r in res) % M)

# powers of ten and of two as divisors, exact multiples
for e in (500, 1000, 2000):
    y = 10**e
    print(e, check(7 * y, y), check(7 * y - 1, y), check(-7 * y, y), check(7 * y + 1, -y))
    y = 1 << (4 * e)
    print(e, check(3 * y, y), check(3 * y - 1, y), check(-(3 * y) - 1, y))

# a shrinking then growing divisor, as in a loop
x = 3**10000
for k in range(0, 9000, 700):
    y = 3**(10000 - k) // 2 + 1
    print(k, check(x // (3**k) * 5, y))
for k in range(9000, 0, -900):
    y = 5**k + 1
    print(k, check(5**k * 3 + 7, y), check(-(5**k) * 3 - 7, y))

# x much larger than y, and y larger than x
y = 1 << 2000
print(check(1 << 5000, y)[1], check((1 << 5000) + 1, y)[1], (1 << 5000) // y == 1 << 3000)
print(check(y, y * y), check(-y, y * y)[0], check(y, -y * y)[0])
print((2**4000).bit_length(), (2**4000 - 1).bit_length(), (-(2**4000)).bit_length(), (3**5000).bit_length())
