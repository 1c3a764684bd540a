# reversed and sorted
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
class R:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(R())))
class Rev:
    def __reversed__(self):
        return iter(['custom'])
print(list(reversed(Rev())))
l = [3, 1, 2]
print(sorted(l), l)
print(sorted(l, reverse=True), sorted(['B', 'a', 'C'], key=str.lower))
