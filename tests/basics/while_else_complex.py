# loops with else, nested loops and flags
def find(matrix, target):
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (i, j)
    return None
m = [[1, 2], [3, 4], [5, 6]]
print(find(m, 4), find(m, 7), find(m, 1))
primes = []
n = 2
while len(primes) < 10:
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
    n += 1
print(primes)
