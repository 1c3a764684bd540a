# nested try/finally with return inside loops runs every finally in order
def f():
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        return (i, j)
                finally:
                    print('inner finally', i, j)
        finally:
            print('outer finally', i)
print(f())
