# traceback through several nested function calls
def level3(v):
    return 10 // v
def level2(v):
    return level3(v) + 1
def level1(v):
    print('level1 called with', v)
    return level2(v)
print(level1(5))
level1(0)
