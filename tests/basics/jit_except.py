# Exception handling in hot code: handlers in loops, finally with break/continue/return, re-raise.


class MyErr(Exception):
    pass


def loop_handlers(n):
    out = []
    for i in range(n):
        try:
            if i % 4 == 0:
                raise MyErr(i)
            elif i % 4 == 1:
                [][i]
            elif i % 4 == 2:
                {}[i]
            x = 1 // (i % 4 - 3)
        except MyErr as e:
            out.append(("my", e.args[0]))
        except (IndexError, KeyError) as e:
            out.append(type(e).__name__)
        except ZeroDivisionError:
            out.append("zde")
        else:
            out.append(("else", x))
        finally:
            out.append("fin")
    return out


def finally_flow(n):
    out = []
    i = 0
    while True:
        i += 1
        try:
            if i == 2:
                continue
            if i > n:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out


def ret_through_finally(x):
    log = []
    try:
        try:
            if x:
                return "ret", log
        finally:
            log.append("inner")
    finally:
        log.append("outer")
    return "end", log


def finally_overrides():
    try:
        return 1
    finally:
        return 2


def nested_loop_break():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                try:
                    if j == 1:
                        break
                    out.append((i, j))
                finally:
                    out.append("in")
            finally:
                out.append("out")
        else:
            out.append("else")
    return out


def reraise(i):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            raise
    except ValueError as e:
        return ("reraised", e.args)


def raise_in_except(i):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            raise MyErr("from handler")
    except MyErr as e:
        return e.args


def raise_from(i):
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("v")
    except ValueError as e:
        return type(e).__name__


def raise_class():
    try:
        raise MyErr
    except Exception as e:
        return type(e).__name__, e.args


def in_builtins(i):
    out = []
    for f in (int, float):
        try:
            f("x%d" % i)
        except ValueError:
            out.append("ValueError")
    try:
        sorted([1, "a"])
    except TypeError:
        out.append("TypeError")
    try:
        "abc".index("z")
    except ValueError:
        out.append("ValueError")
    try:
        next(iter([]))
    except StopIteration:
        out.append("StopIteration")
    try:
        i + "s"
    except TypeError:
        out.append("TypeError")
    try:
        undefined_name
    except NameError:
        out.append("NameError")
    try:
        loc = loc + 1
    except NameError:
        out.append("UnboundLocal")
    try:
        (1).nope
    except AttributeError:
        out.append("AttributeError")
    return out


def from_callee(i):
    def inner(k):
        if k % 2:
            raise MyErr(k)
        return k

    total = 0
    for k in range(i % 5 + 3):
        try:
            total += inner(k)
        except MyErr as e:
            total -= e.args[0]
    return total


def exc_in_with(i):
    class CM:
        def __init__(self):
            self.log = []

        def __enter__(self):
            self.log.append("enter")
            return self

        def __exit__(self, t, v, tb):
            self.log.append(("exit", t is not None and t.__name__))
            return t is KeyError

    cm = CM()
    with cm as c:
        c.log.append("body")
    try:
        with cm:
            raise KeyError(i)
        cm.log.append("suppressed")
        with cm:
            raise MyErr(i)
    except MyErr:
        cm.log.append("caught")
    for j in range(3):
        with cm:
            if j == 1:
                continue
            if j == 2:
                break
    return cm.log


def with_return(cm):
    with cm:
        return "r"


results = {}
for i in range(2000):
    r = (
        loop_handlers(5),
        finally_flow(3),
        ret_through_finally(i % 2),
        finally_overrides(),
        nested_loop_break(),
        reraise(i),
        raise_in_except(i),
        raise_from(i),
        raise_class(),
        in_builtins(i),
        from_callee(i),
        exc_in_with(i),
    )
    results[repr(r[:5] + r[7:10] + r[11:])] = r
    if i % 999 == 0:
        print(r)
print(len(results))
