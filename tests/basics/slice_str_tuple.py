# slicing strings, tuples, bytes (step 1) and ranges (any step)
s = 'hello world'
print(s[0:5], s[6:], s[-5:], s[:-6], s[3:3], s[:], s[-3:-1])
print(s[-100:100], repr(s[50:]), repr(s[5:2]))
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[:0], t[4:], t[-2:], type(t[1:3]).__name__)
b = b'abcdef'
print(b[1:3], b[-2:], b[:100], b[4:1])
r = range(10)
print(r[2:5], r[::3], r[::-1], list(r[1:8:2]), r[-3:])
