# int()'s ValueError quotes the text as str's repr does (MicroPython's wording)
for s in ("1x", "1x'", "'\"", "a\tb\n", "12z", "0b2"):
    try:
        int(s, 0 if s == "0b2" else 10)
    except ValueError as e:
        print(e)
