# str slices with int, negative, out-of-range and omitted bounds (a fast path), also on astral text.
s = "hello world"
for a in (None, 0, 3, -3, -20, 20, 11, -11, 5):
    for b in (None, 0, 4, -4, -20, 20, 11, -1, 5):
        print(a, b, repr(s[a:b]), repr(""[a:b]), repr("\U0001F600ab\u00e9"[a:b]))
print(s[True:], s[:False], s[1:8:2], s[::-1][:3])
