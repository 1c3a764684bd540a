import a
import a.b.c
import a.b as c
from a import b, c as d
from . import x
from ..m import y
from a import *
import sys, os
