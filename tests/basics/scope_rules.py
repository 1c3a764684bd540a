# LEGB name resolution
x = 'global x'
def f():
    return x
def g():
    x = 'local x'
    def h():
        return x
    return h()
print(f(), g())
len_orig = len
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
def comp_scope():
    y = 10
    return [y + i for i in range(2)]
print(comp_scope())
def loop_var_leaks():
    for i in range(3):
        pass
    return i
print(loop_var_leaks())
def comp_var_does_not_leak():
    [j for j in range(3)]
    try:
        return j
    except NameError:
        return 'no leak'
print(comp_var_does_not_leak())
def late_binding():
    def inner():
        return later
    later = 'bound after def'
    return inner()
print(late_binding())
