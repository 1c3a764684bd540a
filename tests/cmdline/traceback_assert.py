# failing assert statement at module level
def positive(n):
    assert n > 0, 'n must be positive'
    return n
print(positive(2))
positive(-2)
