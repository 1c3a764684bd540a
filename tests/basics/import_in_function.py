# imports bind names in the local scope
import sys
sys.path.insert(0, 'imports')
def f():
    import mod_simple
    from mod_simple import VALUE
    return mod_simple.greet('local'), VALUE
print(f())
try:
    mod_simple
except NameError:
    print('not bound globally')
