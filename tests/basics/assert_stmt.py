# assert statement
assert True
assert 1 == 1, 'never'
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 > 2, 'one is not more than two'
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert [], ('tuple', 'msg')
except AssertionError as e:
    print(e.args)
x = 0
def side():
    global x
    x += 1
    return 'msg'
assert True, side()
print('side effect count', x)
