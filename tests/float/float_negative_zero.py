# negative zero
z = -0.0
print(z, 0.0 == z, repr(z), str(-0.0 * 1), abs(z), -z)
print(0.0 * -1, -0.0 + 0.0, z * z, '%.1f' % z, '{}'.format(z))
print(round(-0.4), int(-0.5), -0.0 < 0.0)
