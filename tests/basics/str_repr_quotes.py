# repr of str chooses quotes like Python
print(repr('abc'))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr('back\\slash'))
print(repr('tab\there'))
print(repr(''))
print(str('x'), str(''), str(5), str(None))
