# rich comparisons, reflected when the left side returns NotImplemented
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), sorted(vs, reverse=True))
print(Version(1) < Version(2), Version(2) <= Version(2), Version(1) < Version(1), Version(1) == Version(1), Version(1) != Version(2))
class Plain:
    pass
try:
    Plain() < Plain()
except TypeError:
    print('TypeError')
