# slicing strings with multi-byte characters
s = '\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8'
print(s[0:2], s[2:], s[-3:], s[:-3], s[3:5])
print(len(s[1:4]), repr(s[7:]), repr(s[10:20]))
t = 'x\U0001f389y\U0001f38az'
for i in range(len(t) + 1):
    print(i, t[:i], t[i:])
