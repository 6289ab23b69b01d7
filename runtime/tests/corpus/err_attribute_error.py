# Ends with an uncaught AttributeError on a misspelled method.
class Shape:
    def __init__(self, name, sides):
        self.name, self.sides = name, sides
    def describe(self):
        return f"{self.name} has {self.sides} sides"
shapes = [Shape("triangle", 3), Shape("square", 4), Shape("hexagon", 6)]
for s in shapes:
    print(s.describe())
print(shapes[0].descibe())
