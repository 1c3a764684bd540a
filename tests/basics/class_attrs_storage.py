# Instance attributes: names that mean something to JS objects, deletion, and __dict__ kept in step.
class P:
    def __init__(self, x):
        self.x = x


p = P(1)
for name in ("constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "length", "0", "prototype"):
    print(name, hasattr(p, name))
    setattr(p, name, name.upper())
    print(name, getattr(p, name))

print(sorted(k for k in p.__dict__))
del p.x
print(hasattr(p, "x"))
try:
    del p.x
except AttributeError:
    print("AttributeError on second del")

q = P(2)
d = q.__dict__
d["y"] = 5
print(q.y)
q.z = 7
print(sorted(d.items()))
del q.y
print("y" in d, sorted(q.__dict__))
q.__dict__.clear()
print(hasattr(q, "x"), hasattr(q, "z"))


class Shadow:
    def m(self):
        return "method"


s = Shadow()
print(s.m())
s.m = lambda: "instance"
print(s.m())
del s.m
print(s.m())

# many instances with attributes set in different orders still read back right
objs = []
for i in range(300):
    o = P(i)
    if i % 2:
        o.a = i
        o.b = -i
    else:
        o.b = -i
        o.a = i
    objs.append(o)
print(sum(o.a + o.b + o.x for o in objs))
print("x" in dir(objs[0]), "a" in dir(objs[1]))
