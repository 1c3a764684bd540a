# output on stdout and the traceback on stderr appear in program order
for i in range(3):
    print('line', i)
{}['missing']
