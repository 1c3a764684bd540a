# case and classification methods
print('Hello World'.upper(), 'Hello World'.lower())
print('abc'.isalpha(), 'ab1'.isalpha(), ''.isalpha(), '123'.isdigit(), '12a'.isdigit(), ''.isdigit())
print(' \t\n'.isspace(), ' a'.isspace(), ''.isspace())
print('ABC'.isupper(), 'AbC'.isupper(), 'abc'.islower(), 'aBc'.islower(), '123'.isupper(), 'a1'.islower())
print('MiXeD 123'.upper(), 'MiXeD 123'.lower())
