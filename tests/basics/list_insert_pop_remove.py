# list.insert/pop/remove at edges and with negative indexes
l = [1, 2, 3]
l.insert(0, 0)
l.insert(100, 9)
l.insert(-1, 8)
l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2)
print(l)
for op in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2)):
    try:
        op()
    except IndexError:
        print('IndexError')
    except ValueError:
        print('ValueError')
