# exceptions: raising and catching in a loop, custom exception classes, try/finally,
# else clauses, re-raising and exception attributes.
N = 750000


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


def parse_digit(s, i):
    c = s[i]
    if c < "0" or c > "9":
        raise ParseError(i, "bad digit")
    return ord(c) - 48


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        return len(e.args)


def deep(n):
    if n == 0:
        raise ValueError(n)
    return deep(n - 1)


def run(n):
    text = "12a45b78c9"
    table = {"a": 1, "b": 2}
    total = 0
    finals = 0
    for i in range(n):
        try:
            total += parse_digit(text, i % len(text))
        except ParseError as e:
            total += e.pos * 3
        except AppError:
            total -= 1000
        else:
            total += 1
        finally:
            finals += 1
        total += checked_div(i, i % 5)
        total += lookup(table, "abc"[i % 3])
        if i % 10 == 0:
            try:
                deep(5)
            except ValueError as e:
                total += 2 + e.args[0]
        try:
            try:
                [][i]
            except IndexError:
                raise AppError("wrapped")
        except AppError as e:
            total += len(str(e))
    return total + finals


print("exceptions", N, run(N))
