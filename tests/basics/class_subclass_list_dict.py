# subclassing list and dict, extending behaviour
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), isinstance(s, list))
class DefaultDict(dict):
    def __init__(self, default):
        super().__init__()
        self.default = default
    def get_or(self, k):
        return self[k] if k in self else self.default
d = DefaultDict(0)
d['a'] = 5
print(d.get_or('a'), d.get_or('b'), len(d), isinstance(d, dict))
