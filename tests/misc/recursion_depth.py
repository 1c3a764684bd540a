# unbounded recursion ends in RuntimeError and the program carries on
def down(n):
    return down(n + 1)
def report(e):
    print(isinstance(e, RuntimeError), e.args[0].startswith('maximum recursion depth exceeded'))
try:
    down(0)
except RuntimeError as e:
    report(e)
# the interpreter recovers: ordinary calls still work, and it can overflow again
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50))
try:
    down(0)
except RuntimeError as e:
    report(e)
print('still running')
