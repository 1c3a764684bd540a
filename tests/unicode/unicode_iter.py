# iterating over a str yields code points
s = 'a\xe9\u20ac\U0001f600'
print([c for c in s])
print([ord(c) for c in s])
print(list(reversed(s)))
print(''.join(reversed(s)) == s[::-1] if False else 'skip')
it = iter(s)
print(next(it), next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
