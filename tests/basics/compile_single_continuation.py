# compile(): a 'single' input ending in a line continuation is a syntax error
for src, mode in (("x = 1\\\n", "single"), ("\\\n", "eval"), ("x = 1\\\n", "exec"), ("x = 1\n", "single")):
    try:
        compile(src, "<in>", mode)
        print("ok", mode)
    except SyntaxError:
        print("SyntaxError", mode)
