# bytes upper/lower and isX methods
for b in (b'abc', b'ABC', b'a1', b'123', b' \t', b'', b'Mixed Case'):
    print(b, b.upper(), b.lower(), b.isalpha(), b.isdigit(), b.isspace(), b.isupper(), b.islower())
