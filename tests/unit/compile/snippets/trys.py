try:
    f()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    print(e)
except:
    raise
else:
    g()
finally:
    h()

try:
    a()
finally:
    b()

def ff():
    for i in x:
        try:
            return 1
        finally:
            continue
    while 1:
        try:
            break
        except E:
            pass
