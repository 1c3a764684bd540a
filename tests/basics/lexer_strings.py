# string literal forms and escapes
print('single', "double", '''triple single''', """triple double""")
print('a' 'b' "c", ('implicit'
                    ' concatenation'))
print('\a\b\f\v' == '\x07\x08\x0c\x0b', '\0' == '\x00', '\7' == '\x07', '\101\102')
print('\u0041\U00000042', '\x7e', len('\\'), len('\''), len("\""))
print(r'\n\t', r"\x41", len(r'\\'))
print(b'\x41\x42', br'\n', rb'\t', b'\101')
print('line one\
 continued')
print("mixed 'quotes'", 'mixed "quotes"')
print(u'unicode prefix' if False else 'unicode prefix')
print(len('''a
b'''), '''a\
b''')
