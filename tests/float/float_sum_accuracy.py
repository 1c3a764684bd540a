# summing and accumulating floats
vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
t = 0.0
for i in range(1, 101):
    t += 1 / i
print(t)
print(sum([1e100, 1.0, -1e100]), 1e16 + 1 - 1e16)
print(sum(i * 0.5 for i in range(11)), sum([0.25] * 4))
mean = sum([2.5, 3.5, 4.0]) / 3
print(mean, round(mean, 3))
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-15)
