# str() and int/float round trips
for v in [0.5, 1.25, -3.75, 100.0, 1e-3, 2.5e10, 1e21, 123456.789]:
    s = str(v)
    print(s, float(s) == v, int(v))
print(str(1 / 7), float(str(1 / 7)) == 1 / 7)
print(float('1' * 20), float('0.' + '0' * 10 + '1'))
print(float(' 3.25 '), float('-0'), float('+1e2'))
print(int('7') + float('0.5'), str(2.0 * 3), str(10 / 4))
