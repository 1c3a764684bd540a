while 1:
    if x:
        break
while 0:
    pass
else:
    y = 1
while x:
    pass
