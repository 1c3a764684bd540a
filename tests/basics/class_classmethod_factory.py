# classmethods as alternate constructors, inherited by subclasses
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_pair(cls, p):
        return cls(*p)
    @staticmethod
    def dist2(a, b):
        return (a.x - b.x) ** 2 + (a.y - b.y) ** 2
class Point3(Point):
    pass
p = Point3.origin()
print(type(p).__name__, p.x, p.y)
q = Point.from_pair((3, 4))
print(Point.dist2(p, q), q.dist2(q, p), Point3.dist2(p, p))
print(p.origin().x, type(q.origin()).__name__)
