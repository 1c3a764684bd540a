# from module import *
import sys
sys.path.insert(0, 'imports')
from mod_simple import *
print(VALUE, greet('star'), Thing.kind)
try:
    _private
except NameError:
    print('underscore names not imported')
