# __name__ of the main program and of modules
print(__name__)
if __name__ == '__main__':
    print('running as main')
import sys
print(type(sys.argv).__name__, type(sys.path).__name__)
print(sys.modules[__name__].__name__ if __name__ in sys.modules else '__main__')
