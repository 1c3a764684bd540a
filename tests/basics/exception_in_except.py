# an exception raised while handling another propagates
try:
    try:
        raise ValueError('orig')
    except ValueError:
        raise KeyError('new')
except KeyError as e:
    print('got KeyError', e.args[0])
def g():
    try:
        raise IndexError
    except IndexError:
        try:
            raise TypeError
        except TypeError:
            print('inner handled')
        print('still in outer handler')
        return 'ok'
print(g())
