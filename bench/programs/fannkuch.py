# fannkuch: list permutation, slicing, reversal and index arithmetic (Benchmarks Game).
N = 9
REPS = 3


def fannkuch(n):
    perm1 = list(range(n))
    count = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    nperm = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            k = first
            while k:
                perm[: k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if nperm % 2 == 0 else -flips
        nperm += 1
        while True:
            if r == n:
                return checksum, max_flips, nperm
            p0 = perm1[0]
            del perm1[0]
            perm1.insert(r, p0)
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


total = 0
for _ in range(REPS):
    c, m, p = fannkuch(N)
    total += c
print("fannkuch", N, total, m, p)
