# NameError from a misspelt name inside a function
def compute():
    total = 0
    for i in range(3):
        total += i
    return totl
print(compute())
