# str slicing without steps: clamping, negatives, empty results
s = 'abcdefgh'
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3], s[-5:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[3:100])
print(repr(s[8:]), repr(s[0:0]))
for i in range(-9, 10, 3):
    print(i, s[i:], s[:i])
