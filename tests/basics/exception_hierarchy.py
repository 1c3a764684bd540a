# the built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ValueError, Exception), (UnicodeError, ValueError), (TypeError, Exception),
    (NameError, Exception), (AttributeError, Exception), (RuntimeError, Exception),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError) if False else (StopIteration, Exception),
    (OSError, Exception), (AssertionError, Exception), (ImportError, Exception),
    (Exception, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (GeneratorExit, BaseException), (MemoryError, Exception), (EOFError, Exception),
    (SyntaxError, Exception), (IndentationError, SyntaxError),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (KeyError, IndexError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
class AppError(Exception):
    pass
class DbError(AppError):
    pass
try:
    raise DbError('db')
except AppError as e:
    print('AppError caught', type(e).__name__, isinstance(e, Exception))
