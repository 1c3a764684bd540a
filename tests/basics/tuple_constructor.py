# tuple() from iterables, single-element syntax
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(x for x in 'xy'), tuple({1: 2}))
print((1,), (1), ((1,),), type(()).__name__, len((None,)))
t = 1, 2, 3
print(t, tuple(t) is t or tuple(t) == t)
