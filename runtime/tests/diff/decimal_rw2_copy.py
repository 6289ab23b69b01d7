import copy
import pickle
from decimal import Decimal


class D(Decimal):
    pass


for v in (Decimal('1.50'), Decimal('-0'), Decimal('NaN'), D('2.5')):
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v, repr(pickle.loads(pickle.dumps(v))),
          v.__reduce__())
