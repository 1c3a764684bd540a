# try/except basics
try:
    1 / 0
except ZeroDivisionError:
    print('caught ZeroDivisionError')
try:
    [][1]
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__)
try:
    {}['x']
except LookupError as e:
    print('LookupError catches', type(e).__name__)
try:
    int('x')
except ValueError:
    print('ValueError')
except Exception:
    print('not reached')
try:
    undefined_name_here
except NameError:
    print('NameError')
try:
    None.attr
except AttributeError:
    print('AttributeError')
try:
    1 + 'a'
except TypeError:
    print('TypeError')
try:
    pass
except Exception:
    print('not reached')
else:
    print('else runs with no exception')
try:
    raise KeyError('k')
except KeyError:
    print('except')
else:
    print('else not reached')
def f():
    try:
        return 'from try'
    except Exception:
        return 'from except'
print(f())
try:
    try:
        raise ValueError
    except TypeError:
        print('wrong handler')
except ValueError:
    print('outer caught ValueError')
