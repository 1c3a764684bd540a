print('loading mod1', __name__)
X = 1
_hidden = 2
def hello():
    return 'hello from mod1'
