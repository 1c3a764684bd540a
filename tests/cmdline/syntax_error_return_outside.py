# return outside a function
print('no output')
return 5
