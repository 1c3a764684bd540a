# wordcount: dict-heavy word counting over generated text, seeded by an own LCG.
N = 900000

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "an", "el"]


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
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


def count(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def count_get(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def bigrams(words):
    pairs = {}
    prev = words[0]
    for w in words[1:]:
        key = (prev, w[0])
        pairs[key] = pairs.get(key, 0) + 1
        prev = w
    return pairs


rng = LCG(42)
text = " ".join(make_words(rng, N))
words = text.split(" ")
c1 = count(words)
c2 = count_get(words)
assert c1 == c2
pairs = bigrams(words)
top = sorted(c1.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
by_len = {}
for w, c in c1.items():
    by_len.setdefault(len(w), []).append(c)
lens = sorted([(k, sum(v)) for k, v in by_len.items()])
print("wordcount", N, len(c1), len(pairs), top, lens)
