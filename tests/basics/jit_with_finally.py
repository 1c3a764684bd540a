# return, break and continue through with blocks and finally clauses in hot loops.
class CM:
    def __init__(self, log, suppress=False):
        self.log = log
        self.suppress = suppress
    def __enter__(self):
        self.log.append("in")
        return self
    def __exit__(self, t, v, tb):
        self.log.append(("out", t is None))
        return self.suppress
def with_return(log, i):
    for x in range(5):
        with CM(log):
            for y in [1, 2, 3]:
                try:
                    with CM(log, True):
                        if y == 2 and x == i % 3:
                            return ("ret", x, y)
                        if y == 3:
                            raise ValueError
                finally:
                    log.append("fin")
    return "end"
def fin_return_value(i):
    for x in range(3):
        try:
            return x + i
        finally:
            if i % 2:
                break
    return "broke"
def fin_continue(i):
    out = []
    for x in range(4):
        try:
            if x % 2:
                continue
            out.append(x)
        finally:
            out.append("f")
    return out
for i in range(2000):
    log = []
    r = (with_return(log, i), log, fin_return_value(i), fin_continue(i))
    if i >= 1997:
        print(r)
