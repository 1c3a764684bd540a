# splitlines with different line endings and keepends
s = 'a\nb\r\nc\rd\n\ne'
print(s.splitlines())
print(s.splitlines(True))
print('trailing\n'.splitlines(), 'trailing\n'.splitlines(True))
print('\n'.splitlines(), '\n\n'.splitlines(), '\r\n'.splitlines(True))
print('no break'.splitlines(True))
