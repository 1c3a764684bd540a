# mutate a dict safely while iterating: over a copy of its keys, or only values
d = {1: 1, 2: 2, 3: 3}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] = 'changed'
print(d)
