# generators as methods and closures over enclosing variables
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t.walk()))
def counter(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
print(list(counter(3)(4)))
