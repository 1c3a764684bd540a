# in-place set operations and update methods
s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(sorted(s))
s.update([10], (11,))
s.intersection_update({4, 9, 10, 12})
print(sorted(s))
s.difference_update([4])
s.symmetric_difference_update({9, 13})
print(sorted(s))
