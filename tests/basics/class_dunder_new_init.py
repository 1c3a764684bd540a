# __new__ controls creation; __init__ runs only for instances of the class
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
    def __init__(self):
        print('init')
a = Singleton()
b = Singleton()
print(a is b)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())
