# augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 0x30; print(x)
x &= 0x3c; print(x)
x ^= 0xff; print(x)
f = 7.0
f /= 2; print(f)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
l = [1]
m = l
l += [2, 3]
print(l, m, l is m)
l *= 2
print(l)
t = (1,)
u = t
t += (2,)
print(t, u)
d = {'a': [0]}
d['a'] += [1]
d['a'][0] += 10
print(d)
class O: pass
o = O()
o.v = 1
o.v += 41
print(o.v)
