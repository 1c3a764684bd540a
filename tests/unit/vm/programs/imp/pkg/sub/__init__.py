from .. import a
S = a.VAL
