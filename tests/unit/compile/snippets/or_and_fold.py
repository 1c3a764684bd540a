a = x or False or y
b = x and True and y
c = False or y
d = True and y
e = x or True or y
if not 1:
    pass
if x and 0:
    pass
