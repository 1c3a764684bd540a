# unicode characters written directly in the source
s = 'héllo wörld'
print(s, len(s))
print('日本語', len('日本語'))
print('€', ord('€'))
print('😀' == '\U0001f600')
# a comment with ünïcödé
name = 'Zoë'
print(name.lower(), 'abc'.upper() + '\xe9')
