# indentation with tabs, spaces and nesting
def f(x):
    if x:
        for i in range(2):
            if i:
                return 'deep'
    return 'shallow'
print(f(1), f(0))
if True:
	print('tab indented')
	if True:
		print('two tabs')
class C:

    def m(self):

        return 'blank lines inside'
print(C().m())
while False:
  pass
print('two-space indent ok')
