# strings: string building, concatenation, slicing, join, split, find, replace, upper/lower, %-format.
# (No slices with a step: MicroPython's str does not support them.)
N = 200000

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def build_line(i):
    parts = []
    k = i
    for j in range(8):
        parts.append(WORDS[(k + j * 3) % len(WORDS)])
        k = (k * 31 + 7) % 1009
    return " ".join(parts)


def run(n):
    checksum = 0
    buf = ""
    for i in range(n):
        line = build_line(i)
        line = line.replace("eta", "ETA").replace("a ", "A_")
        pos = line.find("ETA")
        if pos >= 0:
            checksum += pos
        checksum += line.count("A") + len(line.upper()) - len(line.lower())
        head = line[:10]
        tail = line[-7:]
        mid = line[3:-3]
        checksum += len(head) + len(tail) + len(mid)
        if line.startswith("alpha") or line.endswith("kappa"):
            checksum += 1
        words = line.split()
        checksum += len(words[-1]) + ord(words[0][0])
        s = "%d:%s|%5d" % (i, tail, len(words))
        buf += s
        if len(buf) > 4000:
            checksum += buf.rfind("|") + buf.index(":") + len(buf.strip())
            buf = ""
        rev = "".join(reversed(line))
        checksum = (checksum + ord(rev[i % len(rev)])) % 1000000007
    return checksum


print("strings", N, run(N))
