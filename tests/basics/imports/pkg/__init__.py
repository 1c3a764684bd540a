# package init: runs once, exposes names
print('pkg init')
PKG_NAME = 'pkg'
from .helper import helper_func
