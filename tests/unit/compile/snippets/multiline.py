result = some_function(arg1,
                       arg2,
                       key=value)
if (a and
        b):
    pass
x = (1 +
     2 +
     y)
s = ('abc'
     'def')
obj.method(
    1).other(
    2)
