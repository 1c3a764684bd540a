def helper_func():
    return 'helper in pkg'
HELPER_CONST = 7
