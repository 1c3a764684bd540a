def f(n, m):
    t = 0
    for i in range(n):
        t += i
    for j in range(m, n):
        t += j
    for k in range(0, n, 3):
        t += k
    for k in range(n, 0, -1):
        break
    else:
        t = 0
    return t
