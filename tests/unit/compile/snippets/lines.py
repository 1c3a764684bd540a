x = [
    1,
    2,
]
d = {
    'a': 1,
    'b': f(
        2),
}
def f(a,
      b):
    return (a +
            b)
