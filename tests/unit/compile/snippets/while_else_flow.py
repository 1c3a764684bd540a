i = 0
while i < 10:
    i += 1
    if i == 5:
        continue
    try:
        if i == 7:
            break
    finally:
        print(i)
else:
    print('no break')
