# loops: integer while/for loops, small-int arithmetic, comparisons, local variables.
N = 4000000


def run(n):
    acc = 0
    i = 0
    while i < n:
        x = i * 7 + 3
        if x % 3 == 0:
            acc += x >> 1
        elif x & 1:
            acc -= i // 5
        else:
            acc ^= x
        i += 1
    for j in range(n):
        acc = (acc + j * j) % 1000003
    return acc


def nested(n):
    s = 0
    for a in range(n):
        for b in range(a & 63):
            s += a - b
    return s


print("loops", run(N), nested(N // 20))
