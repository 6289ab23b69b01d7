# Source lines with trailing blanks keep them in a traceback, and so get markers.


def parse(text):
    return int(text)   


def load(items):
    return [parse(t) for t in items]	


load(["1", "x"])  
