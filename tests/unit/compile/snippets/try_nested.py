def f():
    try:
        try:
            a()
        except E as e:
            return e
        finally:
            b()
    except:
        pass
    for x in y:
        with z:
            break
    for x in y:
        try:
            continue
        except:
            pass
