# Iteration and unpacking of list/tuple subclasses with their own __iter__ in hot code.
class RL(list):
    def __iter__(self):
        return iter([100, 200])
class RT(tuple):
    def __iter__(self):
        return iter(["t"])
class LL(list):
    pass
def loop(i):
    out = []
    for x in RL([1, 2, 3]):
        out.append(x)
    for x in RT((1, 2)):
        out.append(x)
    for x in LL([7, 8]):
        out.append(x)
    a, b = RL([5, 6])
    out.append((a, b))
    c, = RT((9,))
    out.append(c)
    out.append([y for y in RL([0])])
    d = {1: 2}
    try:
        for k in d:
            d[k + 1] = 0
    except RuntimeError:
        out.append("RE")
    lst = [1, 2, 3, 4]
    for x in lst:
        lst.remove(x)
    out.append(lst)
    return out
for i in range(2000):
    r = loop(i)
print(r)
