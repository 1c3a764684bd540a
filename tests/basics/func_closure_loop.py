# functions created in loops and conditional definitions
funcs = []
for i in range(3):
    def f(x, i=i):
        return x + i
    funcs.append(f)
print([f(10) for f in funcs])
if True:
    def chosen():
        return 'first'
else:
    def chosen():
        return 'second'
print(chosen())
def chosen():
    return 'redefined'
print(chosen())
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(2) for m in make_multipliers()])
def counter_factory():
    counters = {}
    def get(name):
        def inc():
            counters[name] = counters.get(name, 0) + 1
            return counters[name]
        return inc
    return get, counters
get, counters = counter_factory()
a = get('a')
b = get('b')
a(); a(); b()
print(sorted(counters.items()))
