# collections.deque with a maxlen: append/appendleft/pop/popleft, overflow, indexing, iteration
from collections import deque

d = deque([], 3)
print(len(d), bool(d))
for i in range(5):
    d.append(i)
    print(list(d), len(d))
print(d.popleft(), d.pop(), list(d))
d.appendleft(10)
d.appendleft(11)
d.appendleft(12)
print(list(d))
print(d[0], d[1], d[-1], d[-3])
d[1] = 'x'
d[-1] = 'y'
print(list(d))
try:
    d[3]
except IndexError:
    print('IndexError')
try:
    d[-4] = 0
except IndexError:
    print('IndexError')
try:
    d['a']
except TypeError:
    print('TypeError')

# extend with various iterables; the oldest items fall out
d = deque((1, 2), 4)
d.extend(range(3, 7))
print(list(d))
d.extend('ab')
print(list(d))
d.extend(x * x for x in range(3))
print(list(d), len(d))

# pop from both ends until empty
while d:
    print(d.popleft(), d.pop() if d else None)
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError:
        print('IndexError')

# a large maxlen grows as needed
d = deque((), 1000)
for i in range(1500):
    d.append(i)
print(len(d), d[0], d[-1], sum(d))
for i in range(600):
    d.popleft()
print(len(d), d[0], list(d)[:3])
d.appendleft(-1)
print(d[0], d[1], len(d))

# maxlen 0 keeps nothing
d = deque((), 0)
d.append(1)
d.appendleft(2)
print(len(d), list(d))

# iteration
d = deque('hello', 10)
print([c for c in d], ''.join(d))
it = iter(d)
print(next(it), next(it))
print(type(d).__name__)

try:
    deque((), -1)
except ValueError:
    print('ValueError')
