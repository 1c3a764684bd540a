# nested try blocks and re-raising
def risky(n):
    if n == 0:
        raise ValueError('zero')
    if n == 1:
        raise KeyError('one')
    return n
for n in range(3):
    try:
        try:
            print('result', risky(n))
        except ValueError as e:
            print('inner ValueError', e.args)
            raise
    except ValueError:
        print('outer saw re-raised ValueError')
    except KeyError as e:
        print('outer KeyError', e.args)
try:
    try:
        raise TypeError('first')
    except TypeError:
        raise IndexError('second')
except IndexError as e:
    print('got', e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise ValueError('deeper')
        except ValueError as e:
            print('deep', e.args)
        raise
except ZeroDivisionError:
    print('original re-raised after inner handled one')
def gen_raise():
    try:
        raise OSError('x')
    except OSError:
        return 'handled in function'
print(gen_raise())
