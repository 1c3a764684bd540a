# the built-in exception hierarchy
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (UnicodeError, ValueError), (NotImplementedError, RuntimeError),
         (RecursionError if False else RuntimeError, Exception), (StopIteration, Exception),
         (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (GeneratorExit, BaseException),
         (AssertionError, Exception), (AttributeError, Exception), (ImportError, Exception), (OSError, Exception),
         (TypeError, Exception), (NameError, Exception)]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(Exception, BaseException))
