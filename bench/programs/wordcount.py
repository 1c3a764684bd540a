# wordcount: dict-heavy word counting over generated text from an own LCG.
N = 800000
LINE = 1000

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "an", "el"]


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        # MINSTD: the product stays below 2**47, so no big-int path (a JS safe integer for us).
        self.state = self.state * 48271 % 2147483647
        return (self.state >> 8) % bound


def make_words(rng, n):
    words = []
    for _ in range(n):
        k = 1 + rng.next(3)
        w = ""
        for _ in range(k):
            w += SYLLABLES[rng.next(len(SYLLABLES))]
        words.append(w)
    return words


def count(words, counts):
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1


def count_get(words, counts):
    for w in words:
        counts[w] = counts.get(w, 0) + 1


def bigrams(words, pairs):
    prev = words[0]
    for w in words[1:]:
        key = prev[-2:] + w[:2]
        pairs[key] = pairs.get(key, 0) + 1
        prev = w


# The text is made and counted a line at a time, so that it fits MicroPython's default heap.
rng = LCG(42)
c1 = {}
c2 = {}
pairs = {}
for _ in range(N // LINE):
    line = " ".join(make_words(rng, LINE))
    words = line.split(" ")
    count(words, c1)
    count_get(words, c2)
    bigrams(words, pairs)
assert c1 == c2
top = sorted(c1.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
by_len = {}
for w, c in c1.items():
    by_len.setdefault(len(w), []).append(c)
lens = sorted([(k, sum(v)) for k, v in by_len.items()])
print("wordcount", N, len(c1), len(pairs), top, lens, max(pairs.values()))
