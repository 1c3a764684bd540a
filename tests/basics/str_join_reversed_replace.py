# str.join over lists, tuples and reversed(str) (fast paths), str.replace with and without a count,
# and str.split on whitespace: results and errors.

for s in ["", "a", "ab", "hello world", "x" * 5000 + "yz" * 3000, "h\u00e9llo \u1234\u5678 w\U0001F600rld", "\U0001F600\U0001F601"]:
    r = "".join(reversed(s))
    print(len(r), r[:20], r[-20:], "-".join(reversed(s))[:30], ",".join(reversed(s))[-9:])
    print(r == s[::-1] if "\U0001F600" not in s else r.encode())

# a partly consumed reversed iterator: join takes the rest and exhausts it
it = reversed("abcdef")
next(it)
next(it)
print("".join(it), repr("".join(it)), list(it))
it = reversed("a\U0001F600bc")
next(it)
print("".join(it))

# lists and tuples of str, short and long, with and without a separator
words = ["alpha", "beta", "gamma", "", "delta"]
print(" ".join(words), "".join(words), ", ".join(tuple(words)), "|".join([]), "|".join(["one"]))
many = [str(i) for i in range(100)]
print(len(",".join(many)), ",".join(many)[-20:], "".join(many)[:30])
print("-".join(w for w in words if w))
for bad in (["a", 1], ("a", b"b"), ["a"] * 40 + [None]):
    try:
        ",".join(bad)
    except TypeError:
        print("TypeError")

# replace: every occurrence, a count, no match, overlaps, empty pattern
s = "alpha beta eta theta zeta"
print(s.replace("eta", "ETA"), s.replace("eta", "ETA", 2), s.replace("eta", "ETA", 0), s.replace("eta", "ETA", -1))
print(s.replace("xyz", "Q"), s.replace("a ", "A_"), "aaaa".replace("aa", "b"), "aaa".replace("a", ""))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "$x".replace("x", "$&"))
print("h\u00e9\U0001F600llo".replace("\U0001F600", "E"), "\U0001F600\U0001F600".replace("", "."))

# split on whitespace, including the Unicode spaces and \x1c-\x1f that str counts
print("  a b\tc\nd  ".split(), "a\x1cb\x1fc".split(), "a\u3000b\u00a0c\u2028d".split(), "".split(), "   ".split())
print("a b  c d".split(None, 1), "a b  c d".split(maxsplit=2), "a~b~c".split("~"))
print(b"a\x1cb c".split(), b" x  y ".split())
