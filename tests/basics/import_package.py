# packages, submodules and relative imports
import sys
sys.path.insert(0, 'imports')
import pkg
print(pkg.PKG_NAME, pkg.helper_func())
import pkg.helper
print(pkg.helper.HELPER_CONST)
from pkg.sub import deep
print(deep.info())
import pkg.sub.deep as d2
print(d2 is deep, pkg.sub.SUB)
from pkg import helper_func as hf
print(hf())
