# a new exception raised while handling another
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise AttributeError('while handling')
print(parse('12'))
parse('x')
