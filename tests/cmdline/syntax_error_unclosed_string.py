# an unterminated string literal
print('fine')
s = 'never closed
