# assignment expressions
if (n := 5) > 3:
    print('n is', n)
data = [1, 2, 3, 4, 5]
print([y for x in data if (y := x * 2) > 4])
print(y)
i = 0
while (i := i + 1) < 4:
    print('loop', i)
def f():
    if (m := 10):
        return m
print(f())
print((z := 3) + z)
vals = []
def g(x):
    vals.append(x)
    return x
print([g(w) for w in range(3) if (q := w) >= 1], q)
print(vals)
