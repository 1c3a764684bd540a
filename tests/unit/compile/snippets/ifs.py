if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
if a and b:
    pass
if a or b:
    pass
if not a:
    pass
if 1:
    y = 1
if 0:
    y = 2
if a:
    pass
else:
    if b:
        pass
