import os
import os.path
import a.b.c as d
from . import sibling
from ..pkg import thing as other, more
from m import *
