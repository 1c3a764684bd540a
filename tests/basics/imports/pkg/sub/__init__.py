SUB = 'sub package'
