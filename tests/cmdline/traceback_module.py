# uncaught exception at module level, after some output
print('before the error')
x = [1, 2, 3]
print(x[1])
raise ValueError('bad value')
print('never printed')
