# __contains__, __len__ and __bool__ drive 'in', len() and truth
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
    def __len__(self):
        return max(0, self.hi - self.lo)
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
r = Range(2, 5)
print(3 in r, 5 in r, 7 not in r, len(r), bool(r), bool(Range(3, 3)))
print(bool(Flag(True)), bool(Flag(False)), 'yes' if Flag(True) else 'no', not Flag(False))
class Plain:
    pass
print(bool(Plain()))
