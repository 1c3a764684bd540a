# string escape sequences
print(len('\n\t\\\'\"'), repr('\n\t\\\'\"'))
print('\x41\x42', '\101\102', '\u0041', '\U00000042', '\0' == '\x00')
print(repr('\a\b\f\v\r'))
print('a\
b')
print(r'\n\t', len(r'\n'), r'a\'b')
print(repr('\x7f'), repr('\x1b'), repr('\x00'))
