# exceptions raised and handled inside loops
results = []
for x in [1, 0, 'a', 2, None]:
    try:
        results.append(10 // x)
    except ZeroDivisionError:
        results.append('div0')
    except TypeError:
        results.append('type')
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        break
print('stopped at', i)
count = 0
for i in range(5):
    try:
        if i % 2:
            raise ValueError
        count += 1
    except ValueError:
        continue
    finally:
        count += 100
print(count)
