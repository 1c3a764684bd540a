# add/remove/discard/pop/clear
s = set()
s.add(1)
s.add(1)
s.add('x')
print(len(s), 1 in s, 'x' in s)
s.discard(42)
s.discard('x')
s.remove(1)
print(s)
try:
    s.remove(1)
except KeyError:
    print('KeyError')
try:
    s.pop()
except KeyError:
    print('KeyError pop')
s = {5}
print(s.pop(), s)
s = {1, 2}
s.clear()
print(s)
try:
    s.add([1])
except TypeError:
    print('TypeError')
