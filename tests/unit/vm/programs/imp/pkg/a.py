from . import b
from .b import B
VAL = B + 1
