def f(data):
    if any((n := x) > 3 for x in data):
        return n
    return [y := v for v in data]
total = [t := t + v for v in vals]
