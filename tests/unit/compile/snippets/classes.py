class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

class B(A):
    def __init__(self, v):
        super().__init__(v)
        self.w = super().get()

class C(A, metaclass=type):
    pass

@staticmethod
def sm():
    pass
