# the first matching handler wins; handlers with tuples and base classes
def which(exc):
    try:
        raise exc
    except (ZeroDivisionError, OverflowError):
        return 'arith-specific'
    except ArithmeticError:
        return 'arith'
    except LookupError:
        return 'lookup'
    except Exception:
        return 'exception'
    except BaseException:
        return 'base'
for e in [ZeroDivisionError, OverflowError, ArithmeticError, KeyError, IndexError, ValueError, SystemExit, GeneratorExit]:
    print(e.__name__, which(e))
handlers = (KeyError, ValueError)
try:
    raise ValueError
except handlers:
    print('tuple in a variable works')
