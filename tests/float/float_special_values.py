# inf and nan arithmetic and comparisons
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf + 1, inf * 0 != inf * 0, inf - inf != inf - inf, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, inf > 1e308)
print(1 / inf, -1 / inf, inf * -1, abs(-inf), max(1.0, inf), min(-inf, 0))
print(str(inf), repr(-inf), str(nan), '%f' % inf, '{:.2f}'.format(-inf))
print(float('-nan') != float('-nan'), float('INF'), float('-Inf'))
