# all four clauses together, in every path
def run(mode):
    out = []
    try:
        out.append('try')
        if mode == 'raise':
            raise ValueError
        if mode == 'return':
            return out
    except ValueError:
        out.append('except')
    else:
        out.append('else')
    finally:
        out.append('finally')
    out.append('after')
    return out
print(run('ok'))
print(run('raise'))
print(run('return'))
def else_raises():
    try:
        pass
    except ValueError:
        return 'not here'
    else:
        raise KeyError('from else')
    finally:
        print('finally after else raised')
try:
    else_raises()
except KeyError as e:
    print('caught', e.args)
def finally_raises():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('replaces')
try:
    finally_raises()
except TypeError as e:
    print('finally exception wins', e.args)
except ValueError:
    print('not here')
