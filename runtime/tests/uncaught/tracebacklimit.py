def a(): b()
def b(): c()
def c(): return [1][2]
import sys
sys.tracebacklimit = 2
a()
