# and / or / not return operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'x' or 'default')
print([] and 'no', [1] and 'yes')
print(None or 0 or '' or 'last')
print(not 0, not 1, not '', not [1], not None)
def t(x):
    print('t', x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(2) and t(3))
print(t(0) or t(0) or t(5))
print(not (1 and 0))
print(True + True, True * 5, False - 1)
print(type(True + 1).__name__)
