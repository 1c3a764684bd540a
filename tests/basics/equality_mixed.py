# equality between different types
print(1 == 1.0, 1 == '1', [1] == (1,), {} == [], None == 0, 0 == False)
print(2 ** 70 == 2.0 ** 70, 0.5 == 1 / 2, (1, 2) == (1.0, 2.0))
print([1, [2]] == [1.0, [2.0]], {1: 'a'} == {1.0: 'a'}, {1} == {1.0})
class Eq:
    def __eq__(self, o):
        return True
print(Eq() == 5, 5 == Eq(), Eq() != 5)
