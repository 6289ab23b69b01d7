from . import boom
