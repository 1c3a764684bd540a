# the 'as' name is deleted after the except block
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError:
    print('NameError: e was deleted')
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except NameError:
        return 'unbound'
print(f())
