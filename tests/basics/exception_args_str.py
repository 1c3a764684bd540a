# str() of exceptions with zero, one and several args
for e in (Exception(), Exception('one'), Exception('a', 2), ValueError(5), IndexError()):
    print(type(e).__name__, repr(str(e)), e.args, len(e.args))
class E(Exception):
    def __str__(self):
        return 'custom str'
print(str(E('x')), E('x').args)
