# and/or return operands, not bools
print(0 or 'x', '' or [] or 'last', 1 and 2, 0 and 1, None or None, [] and 'unused')
print(not 0, not 'a', not [], not None)
def t(x):
    print('t', x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(0) or t(3))
print((1 if t('') else 2), [] or {} or ())
