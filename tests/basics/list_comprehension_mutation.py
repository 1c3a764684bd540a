# building and mutating nested lists
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
flat = [v for row in grid for v in row]
print(flat, sum(flat))
stack = []
for i in range(5):
    stack.append(i)
    if i % 2:
        stack.pop(0)
print(stack)
