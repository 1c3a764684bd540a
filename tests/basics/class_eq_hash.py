# __eq__ and __hash__ together: dict/set behaviour
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'P(%d,%d)' % (self.x, self.y)
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s)
d = {P(0, 0): 'origin'}
print(d[P(0, 0)], d.get(P(1, 1)))
print([P(1, 1), P(2, 2)].index(P(2, 2)), [P(1, 1)].count(P(1, 1)))
class Default:
    pass
a = Default()
print({a: 1}[a], a == Default(), a in [a])
