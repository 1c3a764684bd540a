# find/rfind/index/count/startswith/endswith with just the needle (a fast path), on ASCII, BMP
# and astral text, with empty needles and misses.
for s in ["alpha beta eta", "", "h\u00e9llo \u1234 \u00e9", "\U0001F600a\U0001F600b\U0001F600", "aaaa"]:
    for sub in ["", "a", "\u00e9", "\U0001F600", "b\U0001F600", "eta", "aa", "zz"]:
        print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub))
        try:
            print(s.index(sub), s.rindex(sub))
        except ValueError as e:
            print("ValueError", e)
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")))
