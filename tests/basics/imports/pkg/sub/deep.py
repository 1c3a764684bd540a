# relative imports going up a level
from .. import helper
from ..helper import HELPER_CONST
from . import SUB
def info():
    return (helper.helper_func(), HELPER_CONST, SUB, __name__)
