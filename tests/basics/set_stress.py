# sets with many elements
s = set()
for i in range(3000):
    s.add(i * 7 % 1000)
print(len(s), min(s), max(s), 999 in s)
t = set(range(0, 1000, 2))
print(len(s & t), len(s - t), len(s | set(range(2000))), len(s ^ t))
for i in range(0, 1000, 3):
    s.discard(i)
print(len(s), sorted(s)[:5])
words = set('the quick brown fox jumps over the lazy dog'.split())
print(len(words), sorted(words)[:3])
print(sorted({(i % 3, i % 2) for i in range(12)}))
