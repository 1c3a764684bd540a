# MicroPython's collections: deque needs maxlen, its overflow flag, OrderedDict's repr, messages
from collections import deque, OrderedDict, namedtuple

try:
    deque(())
except TypeError as e:
    print('TypeError', e)

d = deque((), 2, 1)
d.append(1)
d.append(2)
for f in (d.append, d.appendleft):
    try:
        f(3)
    except IndexError as e:
        print('IndexError', e, list(d))
d.pop()
d.pop()
try:
    d.pop()
except IndexError as e:
    print('IndexError', e)
try:
    del d[0]
except TypeError as e:
    print('TypeError', e)
try:
    d[0:1]
except TypeError as e:
    print('TypeError', e)
try:
    ~d
except TypeError as e:
    print('TypeError', e)
print(deque)

print(OrderedDict(a=1, b=[2]))
print(OrderedDict())
T = namedtuple('T', 'a b')
print(T)
for args in ((1,), (1, 2, 3)):
    try:
        T(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    T(1, a=2)
except TypeError as e:
    print('TypeError', e)
try:
    T(1, c=2)
except TypeError as e:
    print('TypeError', e)
try:
    T(1, 2).a = 3
except AttributeError as e:
    print('AttributeError', e)
