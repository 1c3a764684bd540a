# class definition, instances, attributes
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(0, 0)
q.dims = 3
print(q.dims, Point.dims, p.dims)
Point.dims = 4
print(p.dims, q.dims)
print(type(p).__name__, type(p) is Point, Point.__name__)
print(isinstance(p, Point), isinstance(3, Point))
m = p.norm2
print(m())
print(Point.norm2(Point(1, 1)))
class Empty:
    pass
e = Empty()
e.anything = 'set later'
print(e.anything)
