# pidigits: big-integer arithmetic in the unbounded spigot algorithm for pi (Gibbons).
N = 5000


def pidigits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


d = pidigits(N)
s = "".join([str(c) for c in d])
checksum = 0
for c in d:
    checksum = (checksum * 31 + c) % 1000000007
print("pidigits", N, s[:20], s[-20:], checksum)
