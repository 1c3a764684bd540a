# properties are inherited and can be overridden in subclasses
class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return 'shape'
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @property
    def name(self):
        return 'square of ' + Shape.area.__class__.__name__
sq = Square(3)
print(sq.area, sq.name, Shape(2, 5).area, Shape(1, 1).name)
print(isinstance(Shape.area, property))
