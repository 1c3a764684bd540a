# mutual recursion and recursion through methods
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RuntimeError:
    print('RuntimeError from mutual recursion')
class Node:
    def visit(self, n):
        return self.visit(n + 1)
try:
    Node().visit(0)
except RuntimeError:
    print('RuntimeError from method recursion')
class Prop:
    @property
    def p(self):
        return self.p
try:
    Prop().p
except RuntimeError:
    print('RuntimeError from property recursion')
