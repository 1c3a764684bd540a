# %-formatting error cases
cases = [('%d %d', (1,)), ('%d', (1, 2)), ('%d', 'x'), ('%(a)s', (1,)), ('%', ()), ('%y', 1)]
for fmt, args in cases:
    try:
        print(fmt % args)
    except TypeError:
        print('TypeError')
    except ValueError:
        print('ValueError')
    except KeyError:
        print('KeyError')
