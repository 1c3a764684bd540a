# isalpha / isdigit / isspace / isupper / islower
tests = ['', 'abc', 'ABC', 'aBc', '123', 'a1', ' ', ' \t\n', 'A B', 'abc ', '12a', 'UPPER1', 'lower1', '_', '!']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isspace(), t.isupper(), t.islower())
