# set operators and their method equivalents
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference({1})), sorted(a.symmetric_difference({1, 7})))
print(a <= a, a < a, {3} < b, b > {5}, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({9}))
try:
    a | [1]
except TypeError:
    print('TypeError')
