# a helper module for import tests
VALUE = 42
counter = 0
def greet(name):
    return 'hello ' + name
class Thing:
    kind = 'thing'
_private = 'underscore'
print('mod_simple loaded')
