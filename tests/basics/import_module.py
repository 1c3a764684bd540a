# importing a plain module from the test's folder (helper in imports/)
import sys
sys.path.insert(0, 'imports')
import mod_simple
print(mod_simple.VALUE, mod_simple.greet('x'), mod_simple.Thing.kind)
import mod_simple
print('second import does not re-run')
import mod_simple as ms
print(ms is mod_simple, ms.__name__)
from mod_simple import greet, VALUE as V
print(greet('y'), V)
mod_simple.counter += 1
import mod_second
print(mod_second.double_value(), mod_second.mod_simple is mod_simple, mod_simple.counter)
print('mod_simple' in sys.modules, type(mod_simple).__name__)
