# copy.copy/deepcopy use reducers registered with copyreg.pickle(), as pickle does.
import copy
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


calls = []


def reduce_point(p):
    calls.append(p.x)
    return (Point, (p.x * 10, p.y))


copyreg.pickle(Point, reduce_point)
p = Point(1, [2])
print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)), calls)
print(copy.copy(p).y is p.y, copy.deepcopy(p).y is p.y)


class WithCopy(Point):
    def __copy__(self):
        return "own __copy__"

    def __deepcopy__(self, memo):
        return "own __deepcopy__"


copyreg.pickle(WithCopy, reduce_point)
print(copy.copy(WithCopy(1, 2)), copy.deepcopy(WithCopy(1, 2)))


class Sub(Point):
    pass


print(copy.copy(Sub(3, 4)), type(copy.copy(Sub(3, 4))).__name__)
del copyreg.dispatch_table[Point]
print(copy.copy(p), copy.deepcopy(p))
