# a syntax error: nothing runs, the error names the line
print('this does not run')
x = (1 +
y = 2
