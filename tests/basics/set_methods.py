# set methods
s = {1, 2, 3}
s.add(4); s.add(1)
print(sorted(s))
s.remove(4)
try:
    s.remove(4)
except KeyError:
    print('KeyError remove')
s.discard(99); s.discard(3)
print(sorted(s))
print(sorted(s.union([7, 8])), sorted(s.intersection({2, 9})), sorted(s.difference([1])))
print(sorted(s.symmetric_difference({2, 5})))
print(s.issubset({1, 2, 3}), s.issuperset([1]), s.isdisjoint({8, 9}), s.isdisjoint({1}))
t = s.copy()
t.update({10, 11})
t.update([12])
print(sorted(t), sorted(s))
t.intersection_update({10, 11, 1})
print(sorted(t))
t.difference_update([10])
print(sorted(t))
t.symmetric_difference_update({1, 50})
print(sorted(t))
p = {42}
print(p.pop(), p)
try:
    set().pop()
except KeyError:
    print('KeyError pop empty')
t.clear()
print(t, len(t))
