# failing imports
import sys
sys.path.insert(0, 'imports')
try:
    import no_such_module_xyz
except ImportError:
    print('ImportError for missing module')
try:
    from mod_simple import no_such_name
except ImportError:
    print('ImportError for missing name')
try:
    import mod_raises
except ValueError as e:
    print('error propagated from module body', e.args)
print(issubclass(ImportError, Exception))
