# finally clauses and their interaction with return/break/continue
def f1():
    try:
        return 'try'
    finally:
        print('finally f1')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(f2())
def f3():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f3())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('finally before break', i)
def f4():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(f4())
try:
    try:
        raise KeyError('inner')
    finally:
        print('inner finally')
except KeyError as e:
    print('outer caught', e.args)
def f5():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print('f5 inner finally')
        finally:
            print('f5 outer finally')
print(f5())
