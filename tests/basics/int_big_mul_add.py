# big-int multiplication/addition identities and factorial
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(52) // fact(50), fact(25) % 1000007)
a = 2 ** 127 - 1
b = 3 ** 80
print(a * b, a + b, a - b, b - a, -a * -b == a * b)
print((a * b) // b == a, (a * b) % a)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 12)
