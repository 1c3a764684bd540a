# str.center padding rules (even amounts of padding, and no padding)
for w in (0, 1, 2, 4, 6, 10):
    print(repr('ab'.center(w)), repr('abcd'.center(w)))
print(repr(''.center(4)))
print(repr('xyz'.center(3)), repr('xyz'.center(5)), repr('xyz'.center(2)))
