# an unexpected indent
print('no output')
x = 1
    y = 2
