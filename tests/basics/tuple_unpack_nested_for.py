# nested unpacking in for loops and comprehensions
data = [(1, ('a', True)), (2, ('b', False))]
for n, (letter, flag) in data:
    print(n, letter, flag)
print([letter * n for n, (letter, _) in data])
print(sorted({k: v for k, (v, _) in data}.items()))
pairs = list(enumerate(zip('xy', 'pq')))
for i, (a, b) in pairs:
    print(i, a + b)
