# list methods
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend(range(2)); print(l)
l.insert(0, 'first'); print(l)
l.insert(100, 'last'); print(l)
l.insert(-1, 'before-last'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
try:
    l.remove('nope')
except ValueError:
    print('ValueError remove')
print(l.index(2), l.index(0), l.count(0), [1, 1, 2].count(1))
try:
    l.index('nope')
except ValueError:
    print('ValueError index')
l.reverse(); print(l)
c = l.copy(); c.append('c'); print(l, c)
l.clear(); print(l, len(l))
try:
    [].pop()
except IndexError:
    print('IndexError pop empty')
m = [5, 2, 8, 1]
m.sort(); print(m)
m.sort(reverse=True); print(m)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len); print(words)
words.sort(key=lambda w: w.lower()); print(words)
print([1, 2, 3].index(3, 1), [0, 1, 0, 1].index(0, 1))
