# assert with and without messages
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert []
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert False, ('tuple', 1)
except AssertionError as e:
    print(e.args[0])
assert True, 'not raised'
x = 5
try:
    assert x < 3, 'x=%d' % x
except AssertionError as e:
    print(e)
