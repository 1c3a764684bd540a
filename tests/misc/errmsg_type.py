# TypeError messages for operators, calls and conversions (MicroPython wording)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e.args[0] if e.args else '')
show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: [1] + (1,))
show(lambda: 1 < 'a')
show(lambda: -'a')
show(lambda: 5())
show(lambda: 'abc'())
show(lambda: len(5))
show(lambda: iter(5))
show(lambda: next([1]))
show(lambda: [1, 2]['a'])
show(lambda: (1, 2)[1.0])
show(lambda: hash([]))
show(lambda: {[]: 1})
show(lambda: 'a' * 'b')
show(lambda: int([]))
show(lambda: ''.join([1]))
show(lambda: 'x'.startswith(1))
def assign_str():
    s = 'abc'
    s[0] = 'x'
show(assign_str)
def del_tuple():
    t = (1,)
    del t[0]
show(del_tuple)
show(lambda: sorted([1, 'a']))
