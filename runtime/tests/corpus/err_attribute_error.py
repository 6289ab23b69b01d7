# Ends with an uncaught AttributeError on a misspelled method.
class Counter:
    def __init__(self):
        self.counts = {}
    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
c = Counter()
for w in "a b a c b a d".split():
    c.add(w)
for k, v in sorted(c.counts.items()):
    print(k, v)
class Shape:
    def __init__(self, name, sides):
        self.name, self.sides = name, sides
    def describe(self):
        return f"{self.name} has {self.sides} sides"
shapes = [Shape("triangle", 3), Shape("square", 4), Shape("hexagon", 6)]
for s in shapes:
    print(s.describe())
print(shapes[0].descibe())
